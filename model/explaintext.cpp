#include "explaintext.h"

#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace model {

namespace {

// Phrases the engine writes as they are (effective-decision reasons, failures, parts that
// apply), marked for translation in the context ExplainText.
const char *const kPhrases[] = {
    // evaluator.cpp: why the effective decision is what it is.
    QT_TRANSLATE_NOOP("ExplainText", "identity policies alone decide, and they were not given"),
    QT_TRANSLATE_NOOP("ExplainText", "identity policies alone decide"),
    QT_TRANSLATE_NOOP("ExplainText", "an explicit deny in the secret policy wins"),
    QT_TRANSLATE_NOOP("ExplainText", "an identity policy denies"),
    QT_TRANSLATE_NOOP("ExplainText", "anonymous: Secrets Manager accepts only signed requests"),
    QT_TRANSLATE_NOOP("ExplainText",
                      "federated and canonical-user callers never reach Secrets Manager as such"),
    QT_TRANSLATE_NOOP("ExplainText", "service principal: the secret policy alone decides"),
    QT_TRANSLATE_NOOP("ExplainText", "root user of the owner account"),
    QT_TRANSLATE_NOOP("ExplainText",
                      "root user of another account: the secret policy's allow suffices"),
    QT_TRANSLATE_NOOP("ExplainText", "root user of another account: the secret policy must allow"),
    QT_TRANSLATE_NOOP("ExplainText", "same account: the secret policy's grant suffices"),
    QT_TRANSLATE_NOOP("ExplainText",
                      "same account: the account entry delegates to identity policies"),
    QT_TRANSLATE_NOOP("ExplainText", "same account: identity policies decide"),
    QT_TRANSLATE_NOOP("ExplainText", "cross-account: the secret policy must allow"),
    QT_TRANSLATE_NOOP("ExplainText", "cross-account: identity policies must also allow"),
    QT_TRANSLATE_NOOP("ExplainText", "the policy has no statements"),
    QT_TRANSLATE_NOOP("ExplainText", "not consulted: the action takes no resource"),
    // explain.cpp: the part of a statement that failed.
    QT_TRANSLATE_NOOP("ExplainText", "statement has no principal"),
    QT_TRANSLATE_NOOP("ExplainText", "principal is excluded by NotPrincipal"),
    QT_TRANSLATE_NOOP("ExplainText", "principal does not match"),
    QT_TRANSLATE_NOOP("ExplainText", "action is excluded by NotAction"),
    QT_TRANSLATE_NOOP("ExplainText", "action does not match"),
    QT_TRANSLATE_NOOP("ExplainText", "resource is excluded by NotResource"),
    QT_TRANSLATE_NOOP("ExplainText", "resource does not match"),
    // explain.cpp: the parts of a statement that apply.
    QT_TRANSLATE_NOOP("ExplainText", "principal is not excluded by NotPrincipal"),
    QT_TRANSLATE_NOOP("ExplainText", "principal matches"),
    QT_TRANSLATE_NOOP("ExplainText", "action is not excluded by NotAction"),
    QT_TRANSLATE_NOOP("ExplainText", "action matches"),
    QT_TRANSLATE_NOOP("ExplainText", "resource is not excluded by NotResource"),
    QT_TRANSLATE_NOOP("ExplainText", "resource matches"),
    // conditions.cpp: why a condition pair failed (without a value).
    QT_TRANSLATE_NOOP("ExplainText", "key is absent"),
    QT_TRANSLATE_NOOP("ExplainText", "key is present"),
    QT_TRANSLATE_NOOP("ExplainText", "ForAnyValue:Null is always false"),
    QT_TRANSLATE_NOOP("ExplainText", "multivalued key needs ForAnyValue or ForAllValues"),
    QT_TRANSLATE_NOOP("ExplainText", "key has no values"),
    QT_TRANSLATE_NOOP("ExplainText", "no value matches"),
    QT_TRANSLATE_NOOP("ExplainText", "invalid value"),
};

std::optional<QString> phrase(const QString &english)
{
    for (const char *p : kPhrases) {
        if (english == QLatin1String(p))
            return QCoreApplication::translate("ExplainText", p);
    }
    return std::nullopt;
}

// The patterns below, compiled once.
enum Pattern {
    ValueDoesNotMatch,
    ValueMatches,
    ValueInvalid,
    ConditionFails,
    ConditionHolds,
    NoResource,
    Decided,
    StatementWithSid,
    StatementNumber,
    PatternCount
};

QRegularExpressionMatch matchWhole(Pattern pattern, const QString &text)
{
    static const QRegularExpression patterns[PatternCount] = {
        QRegularExpression(QStringLiteral(R"re(^value "(.*)" does not match$)re")),
        QRegularExpression(QStringLiteral(R"re(^value "(.*)" matches a listed value$)re")),
        QRegularExpression(QStringLiteral(R"re(^value "(.*)" cannot be compared \(invalid\)$)re")),
        // Operators and keys have no spaces.
        QRegularExpression(QStringLiteral(R"re(^condition (\S+) (\S+): (.*)$)re")),
        QRegularExpression(QStringLiteral(R"re(^condition (\S+) (\S+) holds$)re")),
        QRegularExpression(
            QStringLiteral(R"re(^(\S+) takes no resource: the secret policy is not consulted$)re")),
        QRegularExpression(QStringLiteral(R"re(^Statement (.+?) (allows|denies): (.*)$)re")),
        QRegularExpression(QStringLiteral(R"re(^Statement (\d+) \((.*?)\): (.*)$)re")),
        QRegularExpression(QStringLiteral(R"re(^Statement (\d+): (.*)$)re")),
    };
    return patterns[pattern].match(text);
}

// A condition pair's failure: a phrase, or one about the request's value.
std::optional<QString> failure(const QString &english)
{
    if (auto p = phrase(english))
        return p;
    QRegularExpressionMatch m = matchWhole(ValueDoesNotMatch, english);
    if (m.hasMatch())
        return ExplainText::tr("value \"%1\" does not match").arg(m.captured(1));
    m = matchWhole(ValueMatches, english);
    if (m.hasMatch())
        return ExplainText::tr("value \"%1\" matches a listed value").arg(m.captured(1));
    m = matchWhole(ValueInvalid, english);
    if (m.hasMatch())
        return ExplainText::tr("value \"%1\" cannot be compared (invalid)").arg(m.captured(1));
    return std::nullopt;
}

// What a statement's trace says: the parts that apply (", "), or the part that failed.
std::optional<QString> statementReason(const QString &english)
{
    if (auto p = phrase(english))
        return p;
    // "condition OPERATOR KEY: failure" (operators and keys have no spaces).
    QRegularExpressionMatch m = matchWhole(ConditionFails, english);
    if (m.hasMatch()) {
        const auto why = failure(m.captured(3));
        if (!why)
            return std::nullopt;
        return ExplainText::tr("condition %1 %2: %3").arg(m.captured(1), m.captured(2), *why);
    }
    QStringList parts;
    for (const QString &part : english.split(QStringLiteral(", "))) {
        if (auto p = phrase(part)) {
            parts << *p;
            continue;
        }
        m = matchWhole(ConditionHolds, part);
        if (!m.hasMatch())
            return std::nullopt;
        parts << ExplainText::tr("condition %1 %2 holds").arg(m.captured(1), m.captured(2));
    }
    return parts.join(ExplainText::tr(", "));
}

// One "; "-separated part of an explanation.
std::optional<QString> explanationPart(const QString &english)
{
    if (auto p = phrase(english))
        return p;
    QRegularExpressionMatch m = matchWhole(NoResource, english);
    if (m.hasMatch())
        return ExplainText::tr("%1 takes no resource: the secret policy is not consulted")
            .arg(m.captured(1));
    // "Statement LABEL allows: ..." for the statements that decided.
    m = matchWhole(Decided, english);
    if (m.hasMatch()) {
        const auto why = statementReason(m.captured(3));
        if (!why)
            return std::nullopt;
        const QString text = m.captured(2) == QLatin1String("allows")
                                 ? ExplainText::tr("Statement %1 allows: %2")
                                 : ExplainText::tr("Statement %1 denies: %2");
        return text.arg(m.captured(1), *why);
    }
    // "Statement N (Sid): ..." or "Statement N: ..." for every statement when none applied.
    m = matchWhole(StatementWithSid, english);
    if (m.hasMatch()) {
        const auto why = statementReason(m.captured(3));
        if (!why)
            return std::nullopt;
        return ExplainText::tr("Statement %1 (%2): %3").arg(m.captured(1), m.captured(2), *why);
    }
    m = matchWhole(StatementNumber, english);
    if (m.hasMatch()) {
        const auto why = statementReason(m.captured(2));
        if (!why)
            return std::nullopt;
        return ExplainText::tr("Statement %1: %2").arg(m.captured(1), *why);
    }
    return std::nullopt;
}

} // namespace

QString ExplainText::explanation(const QString &english, bool *matched)
{
    QStringList parts;
    bool ok = !english.isEmpty();
    for (const QString &part : english.split(QStringLiteral("; "))) {
        const auto translated = explanationPart(part);
        if (!translated) {
            ok = false;
            break;
        }
        parts << *translated;
    }
    if (matched)
        *matched = ok;
    return ok ? parts.join(ExplainText::tr("; ")) : english;
}

QString ExplainText::reason(const QString &english, bool *matched)
{
    const auto translated = english.isEmpty() ? std::nullopt : statementReason(english);
    if (matched)
        *matched = translated.has_value();
    return translated ? *translated : english;
}

} // namespace model
