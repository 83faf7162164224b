// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Posyandu {

// One finding about one field. Errors refuse the save; warnings are shown and
// the save goes ahead (e.g. a NIK whose birth date disagrees with the record:
// the civil registry never changes a NIK, so the record may well be right).
struct ValidationIssue {
    enum class Severity { Error, Warning };
    QString field; // column / form field name, e.g. "nik"
    Severity severity = Severity::Error;
    QString message; // translated, one sentence a cadre can act on
};

// All findings for one record. Empty = valid, no remarks.
class ValidationReport
{
public:
    void addError(const QString &field, const QString &message) { m_issues.append({field, ValidationIssue::Severity::Error, message}); }
    void addWarning(const QString &field, const QString &message) { m_issues.append({field, ValidationIssue::Severity::Warning, message}); }
    void append(const QList<ValidationIssue> &issues) { m_issues.append(issues); }

    bool hasErrors() const
    {
        for (const auto &issue : m_issues)
            if (issue.severity == ValidationIssue::Severity::Error)
                return true;
        return false;
    }
    const QList<ValidationIssue> &issues() const { return m_issues; }
    // The first error's message, for one-line reports (CLI, status bar).
    QString firstError() const
    {
        for (const auto &issue : m_issues)
            if (issue.severity == ValidationIssue::Severity::Error)
                return issue.message;
        return {};
    }

private:
    QList<ValidationIssue> m_issues;
};

} // namespace Posyandu
