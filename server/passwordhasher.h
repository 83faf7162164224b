// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Posyandu::Server {

// Secrets as the server keeps them: passwords as argon2id hashes (libsodium,
// interactive limits: slow to guess, quick enough to log in), device tokens
// as 256 random bits handed out once and stored only as their SHA-256.
class PasswordHasher
{
public:
    static bool initialise(); // libsodium; false if it cannot start
    static std::optional<QString> hashPassword(const QByteArray &password);
    static bool verifyPassword(const QString &hash, const QByteArray &password);

    static QString newToken();                      // URL-safe base64, 43 characters
    static QString tokenHash(const QString &token); // hex SHA-256
};

} // namespace Posyandu::Server
