#include "secretarncheck.h"

#include "eval/arn.h"

#include <QCoreApplication>

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

    engine::eval::ArnFields fields;
    if (!engine::eval::splitArn(utf8, fields)) {
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
    if (!engine::eval::isAccountId(fields.account()))
        return problem(fields.account(),
                       QT_TRANSLATE_NOOP("model::SecretArnCheck",
                                         "Column %1: the account must be 12 digits."));
    if (!engine::eval::isSecretArn(fields) || fields.resource().size() <= 7)
        return problem(fields.resource(),
                       QT_TRANSLATE_NOOP("model::SecretArnCheck",
                                         "Column %1: the resource must be \"secret:\" "
                                         "followed by the secret's name."));
    return {};
}

} // namespace model
