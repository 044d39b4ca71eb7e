#include "policyconversions.h"

#include "json/reader.h"
#include "json/writer.h"
#include "json/value.h"

#include <QCoreApplication>

#include <string>

namespace model {

namespace {

using engine::json::Kind;
using engine::json::Value;

// The texts are marked with QT_TRANSLATE_NOOP so that lupdate finds them.
QString trConv(const char *text)
{
    return QCoreApplication::translate("model::PolicyConversions", text);
}

std::optional<QByteArray> rerender(const QByteArray &json, int indent)
{
    const auto doc = engine::json::read(std::string_view(json.constData(),
                                                         static_cast<std::size_t>(json.size())));
    if (!doc.ok)
        return std::nullopt;
    std::string out = engine::json::write(doc.value, indent);
    if (indent > 0)
        out += '\n';
    return QByteArray(out.data(), static_cast<qsizetype>(out.size()));
}

} // namespace

std::optional<ImportedPolicy> importGetResourcePolicyOutput(const QByteArray &bytes,
                                                            QString *error)
{
    std::optional<ImportedPolicy> result = readGetResourcePolicyOutput(bytes, error);
    if (result && !result->hasPolicy) {
        if (error) {
            *error = trConv(QT_TRANSLATE_NOOP(
                "model::PolicyConversions",
                "The file has no \"ResourcePolicy\" field: it does not look like the "
                "output of \"aws secretsmanager get-resource-policy\"."));
        }
        return std::nullopt;
    }
    return result;
}

std::optional<ImportedPolicy> readGetResourcePolicyOutput(const QByteArray &bytes, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<ImportedPolicy> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    const auto doc = engine::json::read(text);
    if (!doc.ok) {
        return fail(trConv(QT_TRANSLATE_NOOP("model::PolicyConversions",
                                             "The file is not valid JSON (%1)."))
                        .arg(QString::fromStdString(doc.error.toString())));
    }
    if (!doc.value.isObject())
        return fail(trConv(
            QT_TRANSLATE_NOOP("model::PolicyConversions", "The file holds no JSON object.")));
    ImportedPolicy result;
    if (const Value *arn = doc.value.find("ARN"); arn && arn->isString())
        result.arn = QString::fromStdString(arn->text);
    if (const Value *name = doc.value.find("Name"); name && name->isString())
        result.name = QString::fromStdString(name->text);
    const Value *policy = doc.value.find("ResourcePolicy");
    if (!policy) {
        result.hasPolicy = false;
        return result;
    }
    if (!policy->isString())
        return fail(trConv(
            QT_TRANSLATE_NOOP("model::PolicyConversions", "\"ResourcePolicy\" is not a string.")));
    result.text = QByteArray(policy->text.data(), static_cast<qsizetype>(policy->text.size()));
    return result;
}

std::optional<QByteArray> renderPretty(const QByteArray &json, int indent)
{
    return rerender(json, indent < 1 ? 1 : indent);
}

std::optional<QByteArray> renderMinified(const QByteArray &json)
{
    return rerender(json, 0);
}

QString shellQuote(const QString &argument)
{
    if (argument.isEmpty())
        return QStringLiteral("''");
    bool safe = true;
    for (const QChar c : argument) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128)
            && !QStringLiteral("@%+=:,./-_").contains(c)) {
            safe = false;
            break;
        }
    }
    if (safe)
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString putResourcePolicyCommand(const QString &secretId, const QString &policyPath)
{
    return QStringLiteral("aws secretsmanager put-resource-policy --secret-id %1 "
                          "--resource-policy %2 --block-public-policy")
        .arg(shellQuote(secretId), shellQuote(QStringLiteral("file://") + policyPath));
}

QString evalCommand(const QString &requestJson, const QString &policyPath)
{
    // printf, not echo: some shells' echo turns the backslashes of JSON escapes into others.
    return QStringLiteral("printf '%s\\n' %1 | secret-policy eval --policy %2")
        .arg(shellQuote(requestJson), shellQuote(policyPath));
}

} // namespace model
