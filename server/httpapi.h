// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wiremessages.h"

#include <QHttpServer>
#include <QString>

namespace Posyandu::Server {

class ServerStore;

// The HTTP API (docs/sync-protocol.md, "Routes"), route by route. So far:
//   GET  /v1/hello    server time (a device keeps its offset to it), API and
//                     schema versions accepted, minimum client version;
//   POST /v1/devices  user name + password once -> device id + token;
//   POST /v1/sync/push a batch of changes -> one ack each;
//   GET  /v1/sync/pull?since=CURSOR&limit=N  NDJSON page of changes in scope.
// Bodies may be gzip both ways (Content-Encoding; responses when the request
// has Accept-Encoding: gzip); requests are refused past 1 MB;
// every request is logged as one line without bodies, tokens or passwords.
class HttpApi
{
public:
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;
    static constexpr int kApiVersion = 1;
    static constexpr int kSchemaVersion = Protocol::kSchemaVersion;
    static constexpr int kDefaultPullLimit = 500;
    static constexpr int kMaxPullLimit = 5000;

    // `demo`: a practice server (posyandu-server --demo); hello says so.
    HttpApi(QHttpServer &server, ServerStore &store, bool demo = false);

private:
    QHttpServer &m_server;
    ServerStore &m_store;
};

} // namespace Posyandu::Server
