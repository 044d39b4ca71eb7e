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

// A template's text indented by `spaces` per level (1..8) instead of two: what File > New
// puts in the editor, following the "indentation for new text" preference. Only the leading
// spaces change; everything else stays byte for byte.
QByteArray templateText(const PolicyTemplate &tpl, int spaces);

} // namespace model
