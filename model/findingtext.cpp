#include "findingtext.h"

#include "findingtext_p.h"

#include "lint/linter.h"
#include "policy/diagnostic.h"

#include <QDebug>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace model {

namespace {

using findingtext::FindingTemplate;

// The engine writes code in its messages in Markdown backticks ("expected `,`"); the panes show
// plain text, so the code goes in the language's quotation marks instead (“,” „,“ 「,」).
QString withQuotedCode(QString text)
{
    static const QRegularExpression code(QStringLiteral("`([^`]*)`"));
    if (!text.contains(QLatin1Char('`')))
        return text;
    QString out;
    qsizetype last = 0;
    auto it = code.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QLocale().quoteString(m.capturedView(1));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

// A template turned into a regular expression: each %N becomes a lazy group the first time
// and a back-reference after that, so "keep one %1" must repeat the same text.
struct Matcher
{
    const char *source;
    QRegularExpression pattern;
    int argumentCount = 0;
};

Matcher compile(const char *source)
{
    const QString text = QString::fromUtf8(source);
    static const QRegularExpression placeholder(QStringLiteral("%([1-9])"));
    QString pattern = QStringLiteral("\\A");
    int argumentCount = 0;
    QList<int> seen;
    qsizetype from = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        pattern += QRegularExpression::escape(text.mid(from, m.capturedStart() - from));
        const int n = m.captured(1).toInt();
        if (seen.contains(n)) {
            pattern += QStringLiteral("\\k<a%1>").arg(n);
        } else {
            seen.append(n);
            pattern += QStringLiteral("(?<a%1>.+?)").arg(n);
        }
        argumentCount = std::max(argumentCount, n);
        from = m.capturedEnd();
    }
    pattern += QRegularExpression::escape(text.mid(from)) + QStringLiteral("\\z");
    return {source,
            QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption),
            argumentCount};
}

QList<Matcher> compileAll(std::span<const FindingTemplate> table)
{
    QList<Matcher> out;
    for (const FindingTemplate &t : table)
        out.append(compile(t.text));
    return out;
}

const QHash<QString, QList<Matcher>> &messageMatchers()
{
    static const QHash<QString, QList<Matcher>> matchers = [] {
        QHash<QString, QList<Matcher>> byId;
        for (const FindingTemplate &t : findingtext::messages())
            byId[QString::fromLatin1(t.id)].append(compile(t.text));
        return byId;
    }();
    return matchers;
}

const QList<Matcher> &phraseMatchers()
{
    static const QList<Matcher> matchers = compileAll(findingtext::phrases());
    return matchers;
}

const QList<Matcher> &parserMatchers()
{
    static const QList<Matcher> matchers = compileAll(findingtext::parserMessages());
    return matchers;
}

// Replaces %1..%9 in one pass, so a value that itself contains "%2" stays as it is.
QString fill(const QString &translated, const QStringList &arguments)
{
    static const QRegularExpression placeholder(QStringLiteral("%([1-9])"));
    QString out;
    qsizetype from = 0;
    auto it = placeholder.globalMatch(translated);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += translated.mid(from, m.capturedStart() - from);
        const qsizetype n = m.captured(1).toInt();
        out += n <= arguments.size() ? arguments[n - 1] : m.captured(0);
        from = m.capturedEnd();
    }
    return out + translated.mid(from);
}

QString translateValue(const QString &value, int depth);

std::optional<QString> matchAny(const QList<Matcher> &matchers,
                                const QString &text,
                                int depth,
                                const char *context = "FindingText")
{
    for (const Matcher &matcher : matchers) {
        const QRegularExpressionMatch m = matcher.pattern.match(text);
        if (!m.hasMatch())
            continue;
        QStringList arguments;
        for (int n = 1; n <= matcher.argumentCount; ++n)
            arguments.append(translateValue(m.captured(QStringLiteral("a%1").arg(n)), depth + 1));
        return fill(QCoreApplication::translate(context, matcher.source), arguments);
    }
    return std::nullopt;
}

// A list the engine joined with "and"/"or" ("secretsmanager:GetSecretValue and
// secretsmanager:DescribeSecret"): outside quotes, every word is a conjunction or looks like
// a name (has an upper-case letter, a digit, ':', '*', '/' or '$').
bool isNameList(const QString &value)
{
    static const QRegularExpression quotedText(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\""));
    static const QRegularExpression conjunction(QStringLiteral(" (?:and|or) "));
    if (!value.contains(conjunction))
        return false;
    QString bare = value;
    bare.replace(quotedText, QStringLiteral("X"));
    const QStringList words
        = bare.split(QRegularExpression(QStringLiteral("[ ,]+")), Qt::SkipEmptyParts);
    static const QRegularExpression nameLike(QStringLiteral("[A-Z0-9:*/$]"));
    for (const QString &word : words) {
        if (word != QLatin1String("and") && word != QLatin1String("or") && !word.contains(nameLike))
            return false;
    }
    return true;
}

QString translateValue(const QString &value, int depth)
{
    if (depth > 3 || value.isEmpty())
        return value;
    if (auto phrase = matchAny(phraseMatchers(), value, depth))
        return *phrase;
    if (auto parser = matchAny(parserMatchers(), value, depth))
        return *parser;
    if (isNameList(value)) {
        QString out = value;
        //: Joins the last two names of a list: "A, B and C".
        out.replace(QStringLiteral(" and "),
                    QLatin1Char(' ') + FindingText::tr("and") + QLatin1Char(' '));
        //: Joins alternative values: "\"a\" or \"b\"".
        out.replace(QStringLiteral(" or "),
                    QLatin1Char(' ') + FindingText::tr("or") + QLatin1Char(' '));
        return out;
    }
    return value;
}

} // namespace

QString FindingText::message(const engine::Diagnostic &diagnostic, bool *matched)
{
    return message(
        QString::fromStdString(diagnostic.id), QString::fromStdString(diagnostic.message), matched);
}

QString FindingText::message(const QString &id, const QString &english, bool *matched)
{
    const auto it = messageMatchers().constFind(id);
    if (it != messageMatchers().cend()) {
        if (auto translated = matchAny(*it, english, 0)) {
            if (matched)
                *matched = true;
            return withQuotedCode(*translated);
        }
    }
    if (matched)
        *matched = false;
    qDebug() << "FindingText: no template for" << id << english;
    return withQuotedCode(english);
}

QString FindingText::parserMessage(const QString &english, bool *matched)
{
    auto translated = matchAny(parserMatchers(), english, 0);
    if (matched)
        *matched = translated.has_value();
    return withQuotedCode(translated ? *translated : english);
}

QString FindingText::simulationText(const QString &english)
{
    static const QList<Matcher> matchers = compileAll(findingtext::simulationTexts());
    auto translated = matchAny(matchers, english, 0, "SimulationText");
    return withQuotedCode(translated ? *translated : english);
}

QString FindingText::description(const std::string &id)
{
    for (const FindingTemplate &d : findingtext::descriptions()) {
        if (id == d.id)
            return QCoreApplication::translate("CheckDescription", d.text);
    }
    const engine::CheckInfo *check = engine::findCheck(id);
    return check ? QString::fromUtf8(check->description.data(),
                                     static_cast<qsizetype>(check->description.size()))
                 : QString();
}

QStringList FindingText::ids()
{
    QStringList out;
    for (const FindingTemplate &t : findingtext::messages()) {
        const QString id = QString::fromLatin1(t.id);
        if (!out.contains(id))
            out.append(id);
    }
    return out;
}

} // namespace model
