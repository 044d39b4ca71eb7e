#include "policytemplates.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace model {

namespace {

// The texts are marked with QT_TRANSLATE_NOOP so that lupdate finds them.
QString trTpl(const char *text)
{
    return QCoreApplication::translate("model::PolicyTemplates", text);
}

QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(":/examples/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const char emptyPolicy[] = R"({
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {
        "AWS": "arn:aws:iam::123456789012:root"
      },
      "Action": "secretsmanager:GetSecretValue",
      "Resource": "*"
    }
  ]
}
)";

const char denyNonTls[] = R"({
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyRequestsWithoutTls",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "secretsmanager:*",
      "Resource": "*",
      "Condition": {
        "Bool": {
          "aws:SecureTransport": "false"
        }
      }
    }
  ]
}
)";

const char orgPerimeter[] = R"({
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyOutsideMyOrganization",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "secretsmanager:*",
      "Resource": "*",
      "Condition": {
        "StringNotEquals": {
          "aws:PrincipalOrgID": "o-exampleorgid"
        },
        "Bool": {
          "aws:PrincipalIsAWSService": "false"
        }
      }
    }
  ]
}
)";

const char servicePrincipal[] = R"({
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowServiceForMyAccountOnly",
      "Effect": "Allow",
      "Principal": {
        "Service": "events.amazonaws.com"
      },
      "Action": "secretsmanager:GetSecretValue",
      "Resource": "*",
      "Condition": {
        "StringEquals": {
          "aws:SourceAccount": "123456789012"
        }
      }
    }
  ]
}
)";

} // namespace

QByteArray templateText(const PolicyTemplate &tpl, int spaces)
{
    constexpr qsizetype templateUnit = 2;
    const qsizetype unit = std::clamp(spaces, 1, 8);
    if (unit == templateUnit)
        return tpl.text;
    QByteArray out;
    out.reserve(tpl.text.size() * 2);
    qsizetype pos = 0;
    while (pos < tpl.text.size()) {
        qsizetype lead = 0;
        while (pos + lead < tpl.text.size() && tpl.text.at(pos + lead) == ' ')
            ++lead;
        out.append((lead / templateUnit) * unit + lead % templateUnit, ' ');
        const qsizetype newline = tpl.text.indexOf('\n', pos + lead);
        const qsizetype end = newline < 0 ? tpl.text.size() : newline + 1;
        out.append(tpl.text.constData() + pos + lead, end - pos - lead);
        pos = end;
    }
    return out;
}

QList<PolicyTemplate> policyTemplates()
{
    return {
        {QStringLiteral("empty"),
         trTpl(QT_TRANSLATE_NOOP("model::PolicyTemplates", "&Blank Policy")),
         trTpl(QT_TRANSLATE_NOOP("model::PolicyTemplates",
                                 "One statement granting GetSecretValue to an account, to edit.")),
         QByteArray(emptyPolicy)},
        {QStringLiteral("ec2-role-current-version"),
         trTpl(QT_TRANSLATE_NOOP("model::PolicyTemplates", "&EC2 Role, Current Version Only")),
         trTpl(
             QT_TRANSLATE_NOOP("model::PolicyTemplates",
                               "User guide example: a role may read only the AWSCURRENT version.")),
         resource(QStringLiteral("ec2-role-current-version.json"))},
        {QStringLiteral("cross-account-user"),
         trTpl(QT_TRANSLATE_NOOP("model::PolicyTemplates", "&Cross-Account User")),
         trTpl(QT_TRANSLATE_NOOP(
             "model::PolicyTemplates",
             "User guide example: a user in another account may read the secret.")),
         resource(QStringLiteral("cross-account-user.json"))},
        {QStringLiteral("user-all-operations"),
         trTpl(QT_TRANSLATE_NOOP("model::PolicyTemplates", "User With &All Operations")),
         trTpl(QT_TRANSLATE_NOOP(
             "model::PolicyTemplates",
             "User guide example: a user may call every Secrets Manager action.")),
         resource(QStringLiteral("user-all-operations.json"))},
        {QStringLiteral("deny-non-tls"),
         trTpl(QT_TRANSLATE_NOOP("model::PolicyTemplates", "Deny Requests Without &TLS")),
         trTpl(QT_TRANSLATE_NOOP("model::PolicyTemplates",
                                 "Denies every request that does not use HTTPS.")),
         QByteArray(denyNonTls)},
        {QStringLiteral("org-perimeter"),
         trTpl(QT_TRANSLATE_NOOP("model::PolicyTemplates", "&Organization Perimeter")),
         trTpl(QT_TRANSLATE_NOOP(
             "model::PolicyTemplates",
             "Denies principals outside your AWS organization, except AWS services.")),
         QByteArray(orgPerimeter)},
        {QStringLiteral("service-principal"),
         trTpl(
             QT_TRANSLATE_NOOP("model::PolicyTemplates", "&Service Principal With Source Account")),
         trTpl(QT_TRANSLATE_NOOP(
             "model::PolicyTemplates",
             "Lets an AWS service read the secret on behalf of your account only.")),
         QByteArray(servicePrincipal)},
    };
}

} // namespace model
