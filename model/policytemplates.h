// The starting points offered by File > New: an empty policy, the three policies of the
// Secrets Manager user guide (embedded under :/examples by the application) and a few common
// patterns written here.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace model {

struct PolicyTemplate
{
    QString id;          // "empty", "ec2-role-current-version", "deny-non-tls", ...
    QString title;       // translated, for the menu
    QString description; // translated, one sentence for the tooltip
    QByteArray text;     // the policy, 2-space indented, LF, ending in a newline
};

QList<PolicyTemplate> policyTemplates();

} // namespace model
