// The worked examples of evaluation.md §5 (tests/data, format in tests/data/README.md),
// evaluated through the library: readPolicyText, compile, readRequest, evaluate.
#include "eval/evaluator.h"
#include "eval/request.h"
#include "policy/policyreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <map>
#include <memory>

using namespace engine;

namespace {

const QString dataDir = QStringLiteral(SPS_TEST_DATA_DIR);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// "sid|index|effect|principalMatch" per entry, ";"-separated: one string to compare.
QString matchedText(const std::vector<MatchedStatement> &matched)
{
    QStringList parts;
    for (const MatchedStatement &m : matched) {
        parts << QStringLiteral("%1|%2|%3|%4")
                     .arg(m.sid ? QString::fromStdString(*m.sid) : QStringLiteral("null"))
                     .arg(m.index)
                     .arg(m.effect == Effect::Allow ? QStringLiteral("Allow")
                                                    : QStringLiteral("Deny"))
                     .arg(QString::fromLatin1(principalMatchName(m.principalMatch)));
    }
    return parts.join(QLatin1Char(';'));
}

QString matchedText(const QJsonArray &matched)
{
    QStringList parts;
    for (const QJsonValue &v : matched) {
        const QJsonObject o = v.toObject();
        parts << QStringLiteral("%1|%2|%3|%4")
                     .arg(o.value(QLatin1String("sid")).isNull()
                              ? QStringLiteral("null")
                              : o.value(QLatin1String("sid")).toString())
                     .arg(o.value(QLatin1String("index")).toInt(-1))
                     .arg(o.value(QLatin1String("effect")).toString(),
                          o.value(QLatin1String("principalMatch")).toString());
    }
    return parts.join(QLatin1Char(';'));
}

} // namespace

class TestWorkedExamples : public QObject
{
    Q_OBJECT

private slots:
    void everyExampleHasData();
    void example_data();
    void example();
    void policyError_data();
    void policyError();

private:
    const CompiledPolicy *compiledPolicy(const QString &relativePath, QString &error);

    std::map<QString, std::unique_ptr<CompiledPolicy>> m_policies;
};

const CompiledPolicy *TestWorkedExamples::compiledPolicy(const QString &relativePath,
                                                         QString &error)
{
    if (auto it = m_policies.find(relativePath); it != m_policies.end())
        return it->second.get();
    const QString path = dataDir + QLatin1Char('/') + relativePath;
    if (!QFileInfo::exists(path)) {
        error = QStringLiteral("missing policy file ") + path;
        return nullptr;
    }
    const QByteArray text = readFile(path);
    PolicyReadResult read = readPolicyText(std::string_view(text.constData(), size_t(text.size())));
    if (!read.policy) {
        error = read.diagnostics.empty()
                    ? QStringLiteral("policy not read, no diagnostic")
                    : QString::fromStdString(policyErrorText(read.diagnostics.front()));
        return nullptr;
    }
    auto compiled = std::make_unique<CompiledPolicy>(std::move(*read.policy));
    return m_policies.emplace(relativePath, std::move(compiled)).first->second.get();
}

void TestWorkedExamples::everyExampleHasData()
{
    const QStringList files = QDir(dataDir).entryList({QStringLiteral("ex*.jsonl")}, QDir::Files);
    QSet<int> numbers;
    static const QRegularExpression pattern(QStringLiteral("^ex(\\d\\d)-"));
    for (const QString &name : files) {
        const auto match = pattern.match(name);
        QVERIFY2(match.hasMatch(), qPrintable(name));
        numbers.insert(match.captured(1).toInt());
    }
    for (int n = 1; n <= 41; ++n)
        QVERIFY2(numbers.contains(n), qPrintable(QStringLiteral("no data for Ex %1").arg(n)));
}

void TestWorkedExamples::example_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QByteArray>("request");

    const QStringList files = QDir(dataDir).entryList({QStringLiteral("ex*.jsonl")}, QDir::Files,
                                                      QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        const QByteArray content = readFile(dataDir + QLatin1Char('/') + name);
        QVERIFY2(!content.isEmpty(), qPrintable(name));
        QVERIFY2(content.startsWith("# Ex "), qPrintable(name + QStringLiteral(": no header")));
        const QList<QByteArray> lines = content.split('\n');
        QString policy;
        for (int i = 0; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            if (line.isEmpty())
                continue;
            if (line.startsWith('#')) {
                const QByteArray rest = line.mid(1).trimmed();
                if (rest.startsWith("policy:"))
                    policy = QString::fromUtf8(rest.mid(7).trimmed());
                continue;
            }
            QTest::addRow("%s line %d", qPrintable(name.left(4)), i + 1) << policy << line;
        }
    }
}

void TestWorkedExamples::example()
{
    QFETCH(QString, policy);
    QFETCH(QByteArray, request);

    QVERIFY2(!policy.isEmpty(), "a request before any \"# policy:\" line");
    QString policyError;
    const CompiledPolicy *compiled = compiledPolicy(policy, policyError);
    QVERIFY2(compiled, qPrintable(policy + QStringLiteral(": ") + policyError));

    QJsonParseError parseError;
    QJsonObject object = QJsonDocument::fromJson(request, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    const QJsonObject expect = object.take(QLatin1String("expect")).toObject();
    QVERIFY2(expect.contains(QLatin1String("decision"))
                 && expect.contains(QLatin1String("effectiveDecision")),
             "expect needs decision and effectiveDecision");

    const QByteArray stripped = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const RequestReadResult read = readRequest(std::string_view(stripped.constData(),
                                                                size_t(stripped.size())));
    QVERIFY2(read.request, read.error.c_str());

    const Decision decision = evaluate(*compiled, *read.request);
    const QString context = QStringLiteral("explain: ") + QString::fromStdString(decision.explain);
    if (QString::fromLatin1(outcomeName(decision.decision))
            != expect.value(QLatin1String("decision")).toString()
        || QString::fromLatin1(outcomeName(decision.effectiveDecision))
               != expect.value(QLatin1String("effectiveDecision")).toString()) {
        qInfo("%s", qPrintable(context));
    }
    QCOMPARE(QString::fromLatin1(outcomeName(decision.decision)),
             expect.value(QLatin1String("decision")).toString());
    QCOMPARE(QString::fromLatin1(outcomeName(decision.effectiveDecision)),
             expect.value(QLatin1String("effectiveDecision")).toString());
    if (expect.contains(QLatin1String("matched"))) {
        QCOMPARE(matchedText(decision.matched),
                 matchedText(expect.value(QLatin1String("matched")).toArray()));
    }
}

void TestWorkedExamples::policyError_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("exact");

    const QByteArray content = readFile(dataDir + QStringLiteral("/errors/policy-errors.jsonl"));
    QVERIFY(!content.isEmpty());
    for (const QByteArray &raw : content.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString policy = o.value(QLatin1String("policy")).toString();
        const bool exact = o.contains(QLatin1String("error"));
        const QString error = o.value(exact ? QLatin1String("error") : QLatin1String("errorPrefix"))
                                  .toString();
        QTest::addRow("%s", qPrintable(QFileInfo(policy).completeBaseName()))
            << policy << error << exact;
    }
}

void TestWorkedExamples::policyError()
{
    QFETCH(QString, policy);
    QFETCH(QString, error);
    QFETCH(bool, exact);

    QVERIFY(QFileInfo::exists(dataDir + QLatin1Char('/') + policy));
    const QByteArray text = readFile(dataDir + QLatin1Char('/') + policy);
    const PolicyReadResult read = readPolicyText(std::string_view(text.constData(),
                                                                  size_t(text.size())));
    QVERIFY(!read.policy);
    QVERIFY(!read.diagnostics.empty());
    QVERIFY(read.diagnostics.front().blocking);
    const QString actual = QString::fromStdString(policyErrorText(read.diagnostics.front()));
    if (exact)
        QCOMPARE(actual, error);
    else
        QVERIFY2(actual.startsWith(error), qPrintable(actual + QStringLiteral(" lacks prefix ") + error));
}

QTEST_GUILESS_MAIN(TestWorkedExamples)
#include "tst_workedexamples.moc"
