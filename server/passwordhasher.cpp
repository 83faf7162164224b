// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordhasher.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace Posyandu::Server {

bool PasswordHasher::initialise()
{
    return sodium_init() >= 0;
}

std::optional<QString> PasswordHasher::hashPassword(const QByteArray &password)
{
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.constData(), quint64(password.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return std::nullopt; // out of memory
    return QString::fromLatin1(out);
}

bool PasswordHasher::verifyPassword(const QString &hash, const QByteArray &password)
{
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), password.constData(), quint64(password.size())) == 0;
}

QString PasswordHasher::newToken()
{
    QByteArray bytes(32, '\0');
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString PasswordHasher::tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace Posyandu::Server
