// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationissue.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Posyandu {

// What went wrong, in words a user can read (already translated), plus the
// per-field issues when the failure is a validation failure.
struct Error {
    QString message;
    QList<ValidationIssue> issues;
};

// Either a value or an Error. Callers must look: [[nodiscard]].
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace Posyandu
