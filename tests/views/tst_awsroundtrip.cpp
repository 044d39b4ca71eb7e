// The round trip to AWS in the editor window, against the stand-in `aws` first on PATH
// (tests/data/aws/): File > Open from AWS... (profiles from the AWS config, every page of
// list-secrets, filtered as you type, get-resource-policy, a secret without a policy, a failure
// said in the dialog), Policy > Validate with AWS (AWS's findings beside ours, marked, gone
// after an edit; failures said).
#include "awsopendialog.h"
#include "awsroundtrip.h"
#include "awstargetwidget.h"
#include "editorcontroller.h"
#include "jsoneditor.h"
#include "mainwindow.h"
#include "policydocument.h"
#include "problemspanel.h"

#include "../common/awsstandin.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using testsupport::AwsStandIn;
using views::AwsOpenDialog;
using views::AwsRoundTrip;
using views::MainWindow;

namespace {

const QString secretArn = QStringLiteral(
    "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf");

QStringList problemTexts(const views::ProblemsPanel *panel, int column)
{
    QStringList texts;
    for (int i = 0; i < panel->list()->topLevelItemCount(); ++i)
        texts << panel->list()->topLevelItem(i)->text(column);
    return texts;
}

} // namespace

class TestAwsRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shouldOfferTheProfilesOfTheAwsConfig();
    void shouldListFilterAndOpenASecretsPolicy();
    void shouldOpenASecretWithoutPolicyAsTheEmptyTemplate();
    void shouldSayAFailureInTheDialogAndLetTheUserRetry();
    void shouldAskAboutUnsavedChangesFirst();
    void shouldForgetTheSourceOnNew();
    void shouldShowAwsFindingsBesideOurs();
    void shouldShowThatAwsValidationPassed();
    void shouldAskWhereToValidateWithoutASource();
    void shouldSayWhyValidationFailed();

private:
    // Opens prod/db through the dialog, as a user does.
    void openProdDb(MainWindow &w);

    QTemporaryDir m_dir;
};

void TestAwsRoundTrip::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SecretPolicyStudioTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_awsroundtrip"));
    QVERIFY(m_dir.isValid());
    QFile config(m_dir.filePath(QStringLiteral("config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[default]\nregion = eu-west-1\n[profile dev]\nregion = us-east-1\n"
                 "[sso-session corp]\nsso_region = us-east-1\n[profile audit]\n");
    config.close();
    qputenv("AWS_CONFIG_FILE", QFile::encodeName(config.fileName()));
    qputenv("AWS_SHARED_CREDENTIALS_FILE",
            QFile::encodeName(m_dir.filePath(QStringLiteral("no-credentials"))));
}

void TestAwsRoundTrip::init()
{
    QSettings().clear();
    qputenv("AWS_PROFILE", "dev");
    qunsetenv("AWS_REGION");
    qunsetenv("AWS_DEFAULT_REGION");
}

void TestAwsRoundTrip::cleanup()
{
    qunsetenv("AWS_PROFILE");
}

void TestAwsRoundTrip::openProdDb(MainWindow &w)
{
    AwsOpenDialog *dialog = w.awsRoundTrip()->openFromAws();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->secretCount(), 8);
    QTRY_VERIFY(!dialog->cli()->isRunning());
    dialog->filterEdit()->setText(QStringLiteral("PROD/"));
    QCOMPARE(dialog->selectedArn(), secretArn);
    QPointer<AwsOpenDialog> guard(dialog);
    QTest::keyClick(dialog->filterEdit(), Qt::Key_Return);
    QTRY_VERIFY(!guard || !guard->isVisible());
}

void TestAwsRoundTrip::shouldOfferTheProfilesOfTheAwsConfig()
{
    views::AwsTargetWidget target;
    QStringList profiles;
    for (int i = 0; i < target.profileBox()->count(); ++i)
        profiles << target.profileBox()->itemText(i);
    QCOMPARE(profiles, (QStringList{QStringLiteral("default"), QStringLiteral("dev"),
                                    QStringLiteral("audit")}));
    // AWS_PROFILE chooses the profile, which brings its region.
    QCOMPARE(target.target(), (model::AwsTarget{QStringLiteral("dev"), QStringLiteral("us-east-1")}));
    target.profileBox()->setCurrentIndex(0);
    emit target.profileBox()->activated(0);
    QCOMPARE(target.target().region, QStringLiteral("eu-west-1"));
}

void TestAwsRoundTrip::shouldListFilterAndOpenASecretsPolicy()
{
    AwsStandIn aws;
    aws.expect(QStringLiteral("dev"), QStringLiteral("us-east-1"));
    MainWindow w;
    w.show();
    AwsOpenDialog *dialog = w.awsRoundTrip()->openFromAws();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // Both pages of list-secrets, the second from the first's token.
    QTRY_COMPARE(dialog->secretCount(), 8);
    QTRY_VERIFY(!dialog->cli()->isRunning());
    QVERIFY2(dialog->statusLabel()->text().contains(QLatin1String("8 secret")),
             qPrintable(dialog->statusLabel()->text()));
    QCOMPARE(aws.operations(),
             (QStringList{QStringLiteral("list-secrets"), QStringLiteral("list-secrets")}));
    QVERIFY(aws.calls().at(1).contains(QStringLiteral("--starting-token")));
    // Filtered as you type: name, description or ARN, any case.
    QTest::keyClicks(dialog->filterEdit(), QStringLiteral("s0"));
    QCOMPARE(dialog->secretView()->model()->rowCount(), 7);
    dialog->filterEdit()->setText(QStringLiteral("production"));
    QCOMPARE(dialog->secretView()->model()->rowCount(), 1);
    QCOMPARE(dialog->selectedArn(), secretArn);
    QVERIFY(dialog->openButton()->isEnabled());
    QPointer<AwsOpenDialog> guard(dialog);
    dialog->openButton()->click();
    QTRY_VERIFY(!guard || !guard->isVisible());

    QCOMPARE(aws.operations().last(), QStringLiteral("get-resource-policy"));
    QCOMPARE(aws.calls().last().at(3), secretArn);
    // A new untitled document, formatted, that knows its secret.
    QVERIFY(w.document()->isUntitled());
    QVERIFY(w.document()->isModified());
    const QByteArray text = w.editor()->documentBytes();
    QVERIFY2(text.contains("\"Sid\": \"ReadCurrent\""), text.constData());
    QVERIFY(text.contains('\n'));
    QCOMPARE(w.secretArn(), secretArn);
    const AwsRoundTrip::Source &source = w.awsRoundTrip()->source();
    QCOMPARE(source.arn, secretArn);
    QCOMPARE(source.name, QStringLiteral("prod/db"));
    QCOMPARE(source.target, (model::AwsTarget{QStringLiteral("dev"), QStringLiteral("us-east-1")}));
    QVERIFY(source.hasLivePolicy);
    QVERIFY(source.livePolicy.startsWith("{\"Version\""));
    auto *label = w.statusBar()->findChild<QLabel *>(QStringLiteral("awsSourceLabel"));
    QVERIFY(label && label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("AWS: prod/db"));
    w.setUnsavedChangesHandler([] { return MainWindow::UnsavedChoice::Discard; });
}

void TestAwsRoundTrip::shouldOpenASecretWithoutPolicyAsTheEmptyTemplate()
{
    AwsStandIn aws(QStringLiteral("nopolicy"));
    MainWindow w;
    openProdDb(w);
    QCOMPARE(w.secretArn(), secretArn);
    QVERIFY(w.awsRoundTrip()->source().isValid());
    QVERIFY(!w.awsRoundTrip()->source().hasLivePolicy);
    QVERIFY(w.editor()->documentBytes().contains("\"Statement\""));
    QVERIFY2(w.statusBar()->currentMessage().contains(QLatin1String("no resource policy")),
             qPrintable(w.statusBar()->currentMessage()));
    w.setUnsavedChangesHandler([] { return MainWindow::UnsavedChoice::Discard; });
}

void TestAwsRoundTrip::shouldSayAFailureInTheDialogAndLetTheUserRetry()
{
    AwsStandIn aws(QStringLiteral("sso-expired"));
    MainWindow w;
    const QByteArray before = w.editor()->documentBytes();
    AwsOpenDialog *dialog = w.awsRoundTrip()->openFromAws();
    QTRY_VERIFY(dialog->statusLabel()->text().contains(QLatin1String("has expired")));
    QVERIFY(dialog->statusLabel()->text().contains(QLatin1String("aws sso login --profile dev")));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->secretCount(), 0);
    // Signed in again: Refresh lists, and opening a secret the user may not read says so.
    aws.setScenario(QStringLiteral("denied"));
    aws.setFailingOperation(QStringLiteral("get-resource-policy"));
    dialog->refresh();
    QTRY_COMPARE(dialog->secretCount(), 8);
    QTRY_VERIFY(!dialog->cli()->isRunning());
    dialog->openSelected();
    QTRY_VERIFY(dialog->statusLabel()->text().contains(QLatin1String("AWS denied the request")));
    QVERIFY(dialog->isVisible());
    QCOMPARE(w.editor()->documentBytes(), before); // nothing replaced
    QVERIFY(!w.awsRoundTrip()->source().isValid());
    dialog->reject();
}

void TestAwsRoundTrip::shouldAskAboutUnsavedChangesFirst()
{
    AwsStandIn aws;
    MainWindow w;
    w.editor()->replaceBytes(0, 0, " ");
    int asked = 0;
    w.setUnsavedChangesHandler([&asked] {
        ++asked;
        return MainWindow::UnsavedChoice::Cancel;
    });
    QVERIFY(!w.awsRoundTrip()->openFromAws());
    QCOMPARE(asked, 1);
    QTest::qWait(50);
    QVERIFY(aws.calls().isEmpty());
    w.setUnsavedChangesHandler([] { return MainWindow::UnsavedChoice::Discard; });
}

void TestAwsRoundTrip::shouldForgetTheSourceOnNew()
{
    AwsStandIn aws;
    MainWindow w;
    w.setUnsavedChangesHandler([] { return MainWindow::UnsavedChoice::Discard; });
    openProdDb(w);
    QVERIFY(w.awsRoundTrip()->source().isValid());
    QSignalSpy changed(w.awsRoundTrip(), &AwsRoundTrip::sourceChanged);
    w.newDocument("{}");
    QVERIFY(!w.awsRoundTrip()->source().isValid());
    QCOMPARE(changed.size(), 1);
    QVERIFY(!w.statusBar()->findChild<QLabel *>(QStringLiteral("awsSourceLabel"))->isVisible());
}

void TestAwsRoundTrip::shouldShowAwsFindingsBesideOurs()
{
    AwsStandIn aws;
    MainWindow w;
    w.setUnsavedChangesHandler([] { return MainWindow::UnsavedChoice::Discard; });
    openProdDb(w);
    w.controller()->reparseNow();
    const int ours = w.problemsPanel()->count();
    QVERIFY(ours > 0); // the AWSCURRENT condition's warning
    aws.setScenario(QStringLiteral("validate-failed"));
    QSignalSpy validated(w.awsRoundTrip(), &AwsRoundTrip::validated);
    w.awsRoundTrip()->validateAction()->trigger();
    QVERIFY(!w.awsRoundTrip()->validateAction()->isEnabled()); // one at a time
    QVERIFY(validated.wait(10000));
    QVERIFY(w.awsRoundTrip()->validateAction()->isEnabled());
    // The text as it is in the editor went to AWS, with the document's profile and region.
    const QList<QStringList> calls = aws.calls();
    QCOMPARE(calls.last().at(1), QStringLiteral("validate-resource-policy"));
    QVERIFY(calls.last().contains(QStringLiteral("dev")));
    QCOMPARE(aws.policySent(static_cast<int>(calls.size())), w.editor()->documentBytes());
    // Ours first, then AWS's, marked.
    const views::ProblemsPanel *panel = w.problemsPanel();
    QCOMPARE(panel->count(), ours + 1);
    const QStringList messages = problemTexts(panel, views::ProblemsPanel::MessageColumn);
    QCOMPARE(messages.last(),
             QStringLiteral("AWS: This resource policy grants broad access to the secret."));
    QCOMPARE(problemTexts(panel, views::ProblemsPanel::IdColumn).last(),
             QStringLiteral("aws:BROAD_ACCESS"));
    QCOMPARE(problemTexts(panel, views::ProblemsPanel::LocationColumn).last(),
             QStringLiteral("AWS"));
    QVERIFY(panel->list()
                ->topLevelItem(ours)
                ->toolTip(views::ProblemsPanel::IdColumn)
                .contains(QLatin1String("profile dev, us-east-1")));
    // A reparse of the same text keeps them; an edit makes them stale and they go.
    w.controller()->reparseNow();
    QCOMPARE(panel->count(), ours + 1);
    w.editor()->replaceBytes(0, 0, " ");
    w.controller()->reparseNow();
    QCOMPARE(panel->count(), ours);
    QVERIFY(!panel->hasAwsValidation());
}

void TestAwsRoundTrip::shouldShowThatAwsValidationPassed()
{
    AwsStandIn aws;
    MainWindow w;
    w.setUnsavedChangesHandler([] { return MainWindow::UnsavedChoice::Discard; });
    openProdDb(w);
    w.controller()->reparseNow();
    const int ours = w.problemsPanel()->count();
    QSignalSpy validated(w.awsRoundTrip(), &AwsRoundTrip::validated);
    w.awsRoundTrip()->validateWithAws();
    QVERIFY(validated.wait(10000));
    QCOMPARE(w.problemsPanel()->count(), ours + 1);
    QCOMPARE(problemTexts(w.problemsPanel(), views::ProblemsPanel::MessageColumn).last(),
             QStringLiteral("AWS: the policy passed AWS's validation"));
    QVERIFY(w.statusBar()->currentMessage().contains(QLatin1String("passed")));
}

void TestAwsRoundTrip::shouldAskWhereToValidateWithoutASource()
{
    AwsStandIn aws(QStringLiteral("malformed"));
    aws.expect(QStringLiteral("audit"), QStringLiteral("ap-south-1"));
    MainWindow w;
    int asked = 0;
    w.awsRoundTrip()->setTargetHandler([&asked]() -> std::optional<model::AwsTarget> {
        if (++asked == 1)
            return std::nullopt; // cancelled
        return model::AwsTarget{QStringLiteral("audit"), QStringLiteral("ap-south-1")};
    });
    w.awsRoundTrip()->validateWithAws();
    QCOMPARE(asked, 1);
    QVERIFY(!w.awsRoundTrip()->cli()->isRunning());
    QSignalSpy validated(w.awsRoundTrip(), &AwsRoundTrip::validated);
    w.awsRoundTrip()->validateWithAws();
    QVERIFY(validated.wait(10000));
    // AWS refusing the document outright is a finding too.
    QCOMPARE(problemTexts(w.problemsPanel(), views::ProblemsPanel::IdColumn).last(),
             QStringLiteral("aws:MalformedPolicyDocumentException"));
}

void TestAwsRoundTrip::shouldSayWhyValidationFailed()
{
    AwsStandIn aws(QStringLiteral("throttled"));
    MainWindow w;
    w.awsRoundTrip()->setTargetHandler(
        [] { return std::optional(model::AwsTarget{QStringLiteral("dev"), {}}); });
    QStringList messages;
    w.awsRoundTrip()->setMessageHandler(
        [&messages](const QString &, const QString &text) { messages << text; });
    QSignalSpy validated(w.awsRoundTrip(), &AwsRoundTrip::validated);
    w.awsRoundTrip()->validateWithAws();
    QVERIFY(validated.wait(20000));
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.at(0).contains(QLatin1String("limiting the rate")), qPrintable(messages.at(0)));
    QVERIFY(!w.problemsPanel()->hasAwsValidation());
}

QTEST_MAIN(TestAwsRoundTrip)
#include "tst_awsroundtrip.moc"
