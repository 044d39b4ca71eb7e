#include "secretarncheck.h"

#include "eval/request.h"
#include "sim/matrix.h"
#include "values/arn.h"

#include <QCoreApplication>

#include <algorithm>
#include <string>
#include <string_view>

namespace model {

namespace {

// The texts are marked with QT_TRANSLATE_NOOP where they are written, so that lupdate finds them.
QString trArn(const char *text)
{
    return QCoreApplication::translate("model::SecretArnCheck", text);
}

} // namespace

SecretArnProblem checkSecretArn(const QString &arn)
{
    if (arn.isEmpty())
        return {};
    const std::string utf8 = arn.toStdString();
    // QString index of a part of `utf8` (a view into it).
    const auto indexOf = [&utf8](std::string_view part) {
        const auto bytes = static_cast<std::size_t>(part.data() - utf8.data());
        return static_cast<int>(
            QString::fromUtf8(utf8.data(), static_cast<qsizetype>(bytes)).size());
    };
    const auto problem = [&](std::string_view part, const char *text) {
        const int at = indexOf(part);
        const int length = static_cast<int>(
            QString::fromUtf8(part.data(), static_cast<qsizetype>(part.size())).size());
        return SecretArnProblem{trArn(text).arg(at + 1), at, length};
    };

    engine::values::ArnFields fields;
    if (!engine::values::splitArn(utf8, fields)) {
        return {trArn(QT_TRANSLATE_NOOP("model::SecretArnCheck",
                                        "Column %1: a secret ARN has six parts separated by "
                                        "colons: arn:PARTITION:secretsmanager:REGION:ACCOUNT:"
                                        "secret:NAME."))
                    .arg(arn.size() + 1),
                static_cast<int>(arn.size()),
                0};
    }
    if (fields.prefix() != "arn")
        return problem(
            fields.prefix(),
            QT_TRANSLATE_NOOP("model::SecretArnCheck", "Column %1: an ARN starts with \"arn\"."));
    if (fields.partition().empty())
        return problem(fields.partition(),
                       QT_TRANSLATE_NOOP("model::SecretArnCheck",
                                         "Column %1: the partition (such as \"aws\") is "
                                         "missing."));
    if (fields.service() != "secretsmanager")
        return problem(fields.service(),
                       QT_TRANSLATE_NOOP("model::SecretArnCheck",
                                         "Column %1: the service must "
                                         "be \"secretsmanager\"."));
    if (fields.region().empty())
        return problem(fields.region(),
                       QT_TRANSLATE_NOOP("model::SecretArnCheck",
                                         "Column %1: the region (such as \"us-east-1\") "
                                         "is missing."));
    if (!engine::values::isAccountId(fields.account()))
        return problem(fields.account(),
                       QT_TRANSLATE_NOOP("model::SecretArnCheck",
                                         "Column %1: the account must be 12 digits."));
    if (!engine::values::isSecretArn(fields) || fields.resource().size() <= 7)
        return problem(fields.resource(),
                       QT_TRANSLATE_NOOP("model::SecretArnCheck",
                                         "Column %1: the resource must be \"secret:\" "
                                         "followed by the secret's name."));
    // The engine decides which requests Secrets Manager could receive (the same check as
    // `secret-policy eval`); the details above only say where most ARNs go wrong.
    const std::string_view action = engine::sim::defaultAction;
    if (!engine::requestResourceError(action, utf8))
        return {};
    const std::string_view name = fields.resource().substr(7);
    const auto bad = std::find_if_not(name.begin(), name.end(), engine::isSecretNameCharacter);
    if (bad != name.end()) {
        const auto offset = static_cast<std::size_t>(bad - name.begin());
        // The whole UTF-8 sequence of the character, so that the selection covers it.
        std::size_t length = 1;
        while (offset + length < name.size() && (name[offset + length] & 0xC0) == 0x80)
            ++length;
        return problem(name.substr(offset, length),
                       QT_TRANSLATE_NOOP("model::SecretArnCheck",
                                         "Column %1: a secret's name has only letters, digits "
                                         "and / _ + = . @ -"));
    }
    return {trArn(QT_TRANSLATE_NOOP("model::SecretArnCheck",
                                    "This is not the ARN of a secret: the partition and the "
                                    "region are lowercase letters, digits and hyphens.")),
            0,
            static_cast<int>(arn.size())};
}

} // namespace model
