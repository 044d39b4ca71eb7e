// The editor's reparse pipeline in the whole window: one parse of the text per edit, shared by
// the tree, Problems, Simulation and Scenarios (issue 10 §4), and a huge policy that opens with
// the window shown and the event loop answering while a worker analyses it (issues 12 §5,
// 13 §1). Times are logged (qInfo) with generous sanity bounds, so that a hang fails but a
// loaded machine does not.
#include "accessmatrixmodel.h"
#include "editorcontroller.h"
#include "jsoneditor.h"
#include "mainwindow.h"
#include "policytreemodel.h"
#include "problemspanel.h"
#include "scenariospanel.h"
#include "simulationpanel.h"

#include "json/reader.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using views::MainWindow;

namespace {

// A statement of the shape tools/generate-large-policy.py writes (about 385 bytes).
QByteArray statement(int i)
{
    const qint64 account = 100000000000LL + (qint64(i) * 7919) % 900000000000LL;
    return "    {\n"
           "      \"Sid\": \"Statement" + QByteArray::number(i) + "\",\n"
           "      \"Effect\": \"" + QByteArray(i % 10 == 9 ? "Deny" : "Allow") + "\",\n"
           "      \"Principal\": {\"AWS\": [\"arn:aws:iam::123456789012:role/app-"
           + QByteArray::number(i) + "-reader\", \"arn:aws:iam::"
           + QByteArray::number(account).rightJustified(12, '0') + ":role/deploy-"
           + QByteArray::number(i) + "\"]},\n"
           "      \"Action\": [\"secretsmanager:GetSecretValue\", "
           "\"secretsmanager:DescribeSecret\"],\n"
           "      \"Resource\": \"*\",\n"
           "      \"Condition\": {\"StringEquals\": {\"secretsmanager:VersionStage\": "
           "\"AWSCURRENT\"}}\n"
           "    }";
}

// The same text as tools/generate-large-policy.py -n count.
QByteArray generatedPolicy(int count)
{
    QByteArray text("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n");
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            text += ",\n";
        text += statement(i);
    }
    text += "\n  ]\n}\n";
    return text;
}

// Statements until the text is just under `bytes`.
QByteArray policyOfSize(qsizetype bytes)
{
    int count = 1;
    while (generatedPolicy(count + 1).size() < bytes)
        ++count;
    return generatedPolicy(count);
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Milliseconds until a zero timer posted now fires: how long the event loop keeps input
// waiting.
double eventLoopLatencyMs()
{
    QElapsedTimer clock;
    clock.start();
    bool fired = false;
    QTimer::singleShot(0, [&fired] { fired = true; });
    while (!fired && clock.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

} // namespace

class TestReparsePipeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void shouldParseTheTextOncePerEdit();
    void shouldOpenAHugePolicyWithTheWindowShown();

private:
    QTemporaryDir m_dir;
};

void TestReparsePipeline::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SecretPolicyStudioTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_reparsepipeline"));
    QVERIFY(m_dir.isValid());
}

void TestReparsePipeline::init()
{
    QSettings().clear();
}

void TestReparsePipeline::shouldParseTheTextOncePerEdit()
{
    // A 20 KB policy, under AWS's limit: every check and the matrix run.
    const QByteArray text = policyOfSize(20000);
    QVERIFY(text.size() > 18000 && text.size() <= 20000);
    const QString path = m_dir.filePath(QStringLiteral("twenty.json"));
    QVERIFY(writeAll(path, text));
    MainWindow w;
    w.setUnsavedChangesHandler([] { return MainWindow::UnsavedChoice::Discard; });
    QVERIFY(w.openFile(path));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    views::SimulationPanel *simulation = w.simulationPanel();
    QTRY_VERIFY_WITH_TIMEOUT(!simulation->isComputing(), 60000);
    QVERIFY(!w.controller()->findings().empty());
    QVERIFY(simulation->model()->rowCount() > 0);

    for (int edit = 0; edit < 3; ++edit) {
        const engine::json::ReadCounts before = engine::json::readCounts();
        // A keystroke inside a Sid, through the editor as typing goes, then the debounced
        // reparse and everything that follows it (tree, Problems, Simulation, Scenarios).
        const auto at = static_cast<std::size_t>(text.indexOf("Statement3"));
        w.editor()->replaceBytes(at, 0, "x");
        QTRY_VERIFY_WITH_TIMEOUT(!w.controller()->isReparsePending(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!simulation->isComputing(), 60000);
        QCoreApplication::processEvents();
        const engine::json::ReadCounts after = engine::json::readCounts();
        QCOMPARE(after.texts - before.texts, 1u);
        QCOMPARE(after.bytes - before.bytes, std::uint64_t(w.editor()->byteLength()));
    }
    QVERIFY(!simulation->isStale());
    QVERIFY(w.treeModel()->indexForPath(QStringLiteral("/Statement/0/Sid")).isValid());
}

void TestReparsePipeline::shouldOpenAHugePolicyWithTheWindowShown()
{
    // Issue 13's file: 20,000 statements, 7.7 MB (tools/generate-large-policy.py).
    const QByteArray text = generatedPolicy(20000);
    QVERIFY(text.size() > 7000000);
    const QString path = m_dir.filePath(QStringLiteral("huge.json"));
    QVERIFY(writeAll(path, text));

    QElapsedTimer clock;
    clock.start();
    MainWindow w;
    w.setUnsavedChangesHandler([] { return MainWindow::UnsavedChoice::Discard; });
    QSignalSpy reparsed(w.controller(), &views::EditorController::reparsed);
    QVERIFY(w.openFile(path));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const double shownMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    const bool analysedBeforeShown = !reparsed.isEmpty();
    const double latencyMs = eventLoopLatencyMs();
    qInfo("huge policy, %lld bytes: window shown after %.0f ms (analysis done by then: %s); "
          "event loop answered in %.1f ms",
          qlonglong(text.size()), shownMs, analysedBeforeShown ? "yes" : "no", latencyMs);
    // The analysis runs on a worker: the window did not wait for it.
    QVERIFY(w.controller()->isAnalyzing() || analysedBeforeShown);
    QVERIFY2(shownMs < 30000, "the window took more than 30 s to show: a hang");
    QVERIFY2(latencyMs < 5000, "the event loop did not answer within 5 s");

    // Typing while the worker runs is answered at once: the text changes, nothing waits.
    QElapsedTimer typing;
    typing.start();
    w.editor()->replaceBytes(0, 0, " ");
    QCoreApplication::processEvents();
    const double typingMs = static_cast<double>(typing.nsecsElapsed()) / 1e6;
    qInfo("a keystroke during the analysis took %.1f ms on the GUI thread", typingMs);
    QVERIFY2(typingMs < 5000, "a keystroke waited more than 5 s");

    // The analysis arrives: tree, findings and the state past AWS's limit.
    QTRY_VERIFY_WITH_TIMEOUT(!w.controller()->isReparsePending(), 120000);
    const double analysedMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    qInfo("analysis shown after %.0f ms; the GUI thread's share of publishing it: %.1f ms",
          analysedMs, w.controller()->lastReparseMilliseconds());
    QVERIFY(w.controller()->isValid());
    QVERIFY(w.controller()->snapshot()->isCheapChecksOnly());
    QCOMPARE(w.treeModel()->statementCount(), 20000);
    const auto &findings = w.controller()->findings();
    QVERIFY(std::any_of(findings.begin(), findings.end(),
                        [](const engine::Diagnostic &d) { return d.id == "policy-too-large"; }));
    QVERIFY(w.sizeLabel()->text().contains(QStringLiteral("over AWS's limit")));
    QVERIFY(w.simulationPanel()->isSkipped());
    QVERIFY(!w.simulationPanel()->skippedLabel()->isHidden());
    QCOMPARE(w.controller()->snapshot()->text().size(), text.size() + 1);

    // Another keystroke after the analysis: answered at once, analysed in the background.
    typing.restart();
    w.editor()->replaceBytes(1, 0, " ");
    QCoreApplication::processEvents();
    const double secondMs = static_cast<double>(typing.nsecsElapsed()) / 1e6;
    qInfo("a keystroke after the analysis took %.1f ms on the GUI thread", secondMs);
    QVERIFY2(secondMs < 5000, "a keystroke waited more than 5 s");
    QTRY_VERIFY_WITH_TIMEOUT(!w.controller()->isReparsePending(), 120000);
}

QTEST_MAIN(TestReparsePipeline)
#include "tst_reparsepipeline.moc"
