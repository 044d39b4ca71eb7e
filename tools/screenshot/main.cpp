// sps-screenshot [FILE] --scene NAME --screenshot PATH: renders the editor window in the state
// a documentation screenshot shows and saves it to PATH (a developer tool built from the same
// libraries as secret-policy-studio; not installed). Run it under Xvfb so that popups are in
// the picture: `xvfb-run -a build/bin/sps-screenshot --scene simulation --screenshot s.png`.
#include "aboutdialog.h"
#include "awsopendialog.h"
#include "awsroundtrip.h"
#include "editorcontroller.h"
#include "guidewindow.h"
#include "jsoneditor.h"
#include "mainwindow.h"
#include "policytreemodel.h"
#include "policytreeview.h"
#include "preferencesdialog.h"
#include "scenariospanel.h"
#include "simulationpanel.h"
#include "theme.h"
#include "translations.h"
#include "whyview.h"

#include "accessmatrixmodel.h"
#include "contextkeyeditor.h"
#include "contextkeysmodel.h"
#include "preferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCompleter>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPointer>
#include <QScreen>
#include <QTemporaryDir>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

// The window a scene shows when it is not the main window (the guide, a dialog).
QPointer<QWidget> sceneWindow;

// Puts the window in the state a documentation screenshot shows.
void prepareScene(views::MainWindow &window, const QString &scene)
{
    views::JsonEditor *editor = window.editor();
    const QByteArray text = editor->documentBytes();
    if (scene == QLatin1String("guide")) {
        window.showGuide(QStringLiteral("stages"));
        window.guideWindow()->setGeometry(0, 0, 760, 800);
        sceneWindow = window.guideWindow();
    } else if (scene == QLatin1String("about")) {
        auto *about = new views::AboutDialog(&window);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->show();
        about->move(0, 0);
        sceneWindow = about;
    } else if (scene == QLatin1String("invalid")) {
        // Drop the comma after the Effect: a typical slip that makes the JSON invalid.
        const QByteArray needle("\"Allow\",");
        const qsizetype at = text.indexOf(needle);
        if (at >= 0) {
            editor->replaceBytes(static_cast<std::size_t>(at + needle.size() - 1), 1, {});
            window.controller()->reparseNow();
            window.controller()->goToError();
        }
    } else if (scene == QLatin1String("simulation")) {
        // The Simulation dock in front and tall enough for the matrix and the explanation,
        // with the first principal's AWSCURRENT cell selected (as a click).
        window.simulationDock()->raise();
        window.resizeDocks({window.simulationDock()}, {380}, Qt::Vertical);
        window.controller()->reparseNow();
        views::SimulationPanel *panel = window.simulationPanel();
        const model::AccessMatrixModel *matrix = panel->model();
        for (int c = 0; c < matrix->columnCount(); ++c) {
            if (matrix->headerData(c, Qt::Horizontal).toString() == QLatin1String("AWSCURRENT"))
                panel->selectCell(0, c);
        }
        panel->table()->setFocus();
    } else if (scene == QLatin1String("simulation-actions")) {
        // Several actions at once: one table each, stacked, the Simulation dock tall enough
        // for three small tables; GetSecretValue's AWSCURRENT cell of the first principal
        // selected and explained.
        window.simulationDock()->raise();
        window.resizeDocks({window.simulationDock()}, {560}, Qt::Vertical);
        window.controller()->reparseNow();
        views::SimulationPanel *panel = window.simulationPanel();
        panel->setActions({QStringLiteral("secretsmanager:GetSecretValue"),
                           QStringLiteral("secretsmanager:DescribeSecret"),
                           QStringLiteral("secretsmanager:PutSecretValue")});
        const int get = panel->tableIndexOf(QStringLiteral("secretsmanager:GetSecretValue"));
        const model::AccessMatrixModel *matrix = panel->model(get);
        for (int c = 0; matrix && c < matrix->columnCount(); ++c) {
            if (matrix->headerData(c, Qt::Horizontal).toString() == QLatin1String("AWSCURRENT"))
                panel->selectCell(get, 0, c);
        }
        if (QTableView *table = panel->table(get))
            table->setFocus();
    } else if (scene == QLatin1String("why")) {
        // Why a cell decided: a second statement for the pending version, so that the
        // AWSCURRENT cell shows one matched statement and one that fails on its condition.
        window.simulationDock()->raise();
        window.resizeDocks({window.simulationDock()}, {400}, Qt::Vertical);
        QByteArray changed = text;
        const qsizetype last = changed.lastIndexOf('}', changed.lastIndexOf(']'));
        if (last >= 0) {
            changed.insert(last + 1,
                           ",\n    {\n      \"Sid\": \"DeployPending\",\n      \"Effect\": \"Allow\",\n"
                           "      \"Principal\": {\"AWS\": \"arn:aws:iam::123456789012:role/"
                           "EC2RoleToAccessSecrets\"},\n"
                           "      \"Action\": \"secretsmanager:GetSecretValue\",\n"
                           "      \"Resource\": \"*\",\n      \"Condition\": {\"StringEquals\": "
                           "{\"secretsmanager:VersionStage\": \"AWSPENDING\"}}\n    }");
        }
        editor->replaceBytes(0, static_cast<std::size_t>(text.size()),
                             std::string_view(changed.constData(),
                                              static_cast<std::size_t>(changed.size())));
        window.controller()->reparseNow();
        window.treeView()->expandAll();
        views::SimulationPanel *panel = window.simulationPanel();
        const model::AccessMatrixModel *matrix = panel->model();
        for (int c = 0; c < matrix->columnCount(); ++c) {
            if (matrix->headerData(c, Qt::Horizontal).toString() == QLatin1String("AWSCURRENT"))
                panel->table()->setCurrentIndex(panel->table()->model()->index(0, c));
        }
        panel->why()->setFocus();
        panel->why()->setCurrentRow(2);
        // The end of the matched statement and all of the failing one.
        QTimer::singleShot(50, editor, [editor] {
            editor->SendScintilla(QsciScintillaBase::SCI_SETFIRSTVISIBLELINE, 10);
        });
    } else if (scene == QLatin1String("changes")) {
        // The change report: the opened text is the baseline; the edit moves the role from
        // AWSCURRENT to AWSPREVIOUS and lets anyone describe the secret.
        window.simulationDock()->raise();
        window.resizeDocks({window.simulationDock()}, {420}, Qt::Vertical);
        views::SimulationPanel *panel = window.simulationPanel();
        panel->compareWithText(text, QApplication::translate("main", "the saved file"));
        QByteArray changed = text;
        changed.replace("\"AWSCURRENT\"", "\"AWSPREVIOUS\"");
        // After the last statement's closing brace.
        const qsizetype last = changed.lastIndexOf('}', changed.lastIndexOf(']'));
        if (last >= 0) {
            changed.insert(last + 1,
                           ",\n    {\"Effect\": \"Allow\", \"Principal\": \"*\", "
                           "\"Action\": \"secretsmanager:DescribeSecret\", \"Resource\": \"*\"}");
        }
        editor->replaceBytes(0, static_cast<std::size_t>(text.size()),
                             std::string_view(changed.constData(),
                                              static_cast<std::size_t>(changed.size())));
        window.controller()->reparseNow();
        panel->showChanges();
        panel->changesTable()->setFocus();
    } else if (scene == QLatin1String("scenarios")) {
        // Every cell of the matrix saved as a scenario, then the edit that moves the role from
        // AWSCURRENT to AWSPREVIOUS: the role's and its session's answers for those two stages
        // fail and sort first; the second, which a statement allows, selected and explained.
        window.scenariosDock()->raise();
        window.resizeDocks({window.scenariosDock()}, {400}, Qt::Vertical);
        window.controller()->reparseNow();
        views::SimulationPanel *simulation = window.simulationPanel();
        views::ScenariosPanel *panel = window.scenariosPanel();
        const model::AccessMatrixModel *matrix = simulation->model();
        for (int r = 0; r < matrix->rowCount(); ++r) {
            for (int c = 0; c < matrix->columnCount(); ++c) {
                simulation->selectCell(r, c);
                simulation->addCurrentCellToScenarios();
            }
        }
        simulation->table()->setCurrentIndex({}); // no cell's marks in the tree and the text
        QByteArray changed = text;
        changed.replace("\"AWSCURRENT\"", "\"AWSPREVIOUS\"");
        editor->replaceBytes(0, static_cast<std::size_t>(text.size()),
                             std::string_view(changed.constData(),
                                              static_cast<std::size_t>(changed.size())));
        window.controller()->reparseNow();
        panel->table()->setFocus();
        panel->table()->scrollToTop();
        panel->table()->selectRow(1); // a failure with a matched statement
    } else if (scene == QLatin1String("context")) {
        // The Context tab for a policy that tests the network, TLS, a principal tag, the time
        // and the stage: one value given, one invalid (selected, with its message).
        window.simulationDock()->raise();
        window.resizeDocks({window.simulationDock()}, {440}, Qt::Vertical);
        const QByteArray policy = R"({
  "Version": "2012-10-17",
  "Statement": [{
    "Sid": "OfficeReaders",
    "Effect": "Allow",
    "Principal": {"AWS": "arn:aws:iam::123456789012:role/Reader"},
    "Action": "secretsmanager:GetSecretValue",
    "Resource": "*",
    "Condition": {
      "IpAddress": {"aws:SourceIp": "203.0.113.0/24"},
      "Bool": {"aws:SecureTransport": "true"},
      "StringEquals": {"aws:PrincipalTag/team": "payments"},
      "DateLessThan": {"aws:CurrentTime": "2027-01-01T00:00:00Z"},
      "ForAnyValue:StringEquals": {"secretsmanager:VersionStage": "AWSCURRENT"}
    }
  }]
}
)";
        editor->replaceBytes(0, static_cast<std::size_t>(text.size()),
                             std::string_view(policy.constData(),
                                              static_cast<std::size_t>(policy.size())));
        window.controller()->reparseNow();
        views::SimulationPanel *panel = window.simulationPanel();
        panel->contextModel()->setValue(QStringLiteral("aws:SourceIp"),
                                        QStringLiteral("203.0.113.5"));
        panel->contextModel()->setValue(QStringLiteral("aws:CurrentTime"),
                                        QStringLiteral("next tuesday"));
        panel->showContext();
        panel->contextEditor()->selectKey(QStringLiteral("aws:CurrentTime"));
        panel->contextEditor()->table()->setFocus();
    } else if (scene == QLatin1String("tree-edit")) {
        model::PolicyTreeModel *model = window.treeModel();
        const QModelIndex element = model->indexForPath(QStringLiteral("/Statement/0/Action"));
        const QModelIndex value = model->index(element.row(),
                                               model::PolicyTreeModel::ValueColumn,
                                               element.parent());
        if (value.isValid()) {
            window.treeView()->setFocus();
            window.treeView()->setCurrentIndex(value);
            window.treeView()->edit(value);
            // Type the start of another action so the completion list shows.
            QTimer::singleShot(200, &window, [&window] {
                auto *line = window.treeView()->viewport()->findChild<QLineEdit *>();
                if (!line)
                    return;
                line->setText(QStringLiteral("secretsmanager:Get"));
                if (QCompleter *completer = line->completer()) {
                    completer->setCompletionPrefix(line->text());
                    completer->complete();
                }
            });
        }
    } else if (scene == QLatin1String("large")) {
        // A file past AWS's size limit as it opens: the window at once, the analysis from a
        // worker; the status bar says the policy is too long.
        editor->setFocus();
    } else {
        const QByteArray needle("secretsmanager:GetSecretValue");
        const qsizetype at = text.indexOf(needle);
        if (at >= 0) {
            editor->setFocus();
            editor->selectBytes(static_cast<std::size_t>(at), static_cast<std::size_t>(at));
            window.controller()->reparseNow();
        }
    }
}

// The preferences scene: the dialog, opened (not modal) over the window.
void prepareDialogScene(views::MainWindow &window, const QString &scene)
{
    if (scene != QLatin1String("preferences"))
        return;
    auto *dialog = new views::PreferencesDialog(&window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    // A slip in the default ARN, refused with its message (nothing is saved).
    dialog->secretArnEdit()->setText(
        QStringLiteral("arn:aws:secretsmanager:us-east-1:12345678901:secret:prod/db"));
    dialog->apply();
    dialog->move(0, 0);
    sceneWindow = dialog;
}

// The round trip to AWS against the tests' stand-in `aws` (tests/data/aws/): a private AWS
// config with a few profiles, the stand-in first on PATH, answering as `scenario` says.
void useAwsStandIn(const QString &scenario)
{
    static QTemporaryDir state;
    QFile config(state.filePath(QStringLiteral("config")));
    if (config.open(QIODevice::WriteOnly)) {
        config.write("[default]\nregion = us-east-1\n[profile dev]\nregion = us-east-1\n"
                     "[profile prod-admin]\nregion = eu-west-1\n");
        config.close();
    }
    qputenv("AWS_CONFIG_FILE", QFile::encodeName(config.fileName()));
    qputenv("AWS_SHARED_CREDENTIALS_FILE", QFile::encodeName(state.filePath(QStringLiteral("none"))));
    qputenv("AWS_PROFILE", "dev");
    qputenv("AWS_STANDIN_DIR", QFile::encodeName(state.path()));
    qputenv("AWS_STANDIN_SCENARIO", scenario.toUtf8());
    qputenv("PATH", QByteArray(SPS_AWS_STANDIN_DIR "/bin:") + qgetenv("PATH"));
}

QByteArray recordedAwsAnswer(const char *name)
{
    QFile f(QStringLiteral(SPS_AWS_STANDIN_DIR "/recorded/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The AWS scenes: aws-open (the secret picker, filtered), aws-error (an expired sign-in said in
// the dialog), aws-validate (AWS's findings in Problems beside ours).
void prepareAwsScene(views::MainWindow &window, const QString &scene)
{
    views::AwsRoundTrip *aws = window.awsRoundTrip();
    const model::AwsTarget dev{QStringLiteral("dev"), QStringLiteral("us-east-1")};
    if (scene == QLatin1String("aws-open") || scene == QLatin1String("aws-error")) {
        useAwsStandIn(scene == QLatin1String("aws-open") ? QStringLiteral("ok")
                                                          : QStringLiteral("sso-expired"));
        views::AwsOpenDialog *dialog = aws->openFromAws();
        dialog->move(0, 0);
        if (scene == QLatin1String("aws-open")) {
            QTimer::singleShot(600, dialog, [dialog] {
                dialog->filterEdit()->setText(QStringLiteral("app/s0"));
                dialog->selectSecret(QStringLiteral("app/s03"));
            });
        }
        sceneWindow = dialog;
    } else if (scene == QLatin1String("aws-validate")) {
        useAwsStandIn(QStringLiteral("validate-failed"));
        aws->openAnswer(dev, recordedAwsAnswer("get-resource-policy.out"));
        window.controller()->reparseNow();
        aws->validateWithAws();
    }
}

bool saveScreenshot(QWidget &window, const QString &path)
{
    // On a real display (Xvfb included) grab the screen so that popups (completers, combo
    // lists) are in the picture; offscreen, render the widget.
    QScreen *screen = window.screen();
    if (screen && QGuiApplication::platformName() == QLatin1String("xcb")) {
        const QRect frame = window.frameGeometry();
        const QPixmap shot = screen->grabWindow(0, frame.x(), frame.y(), frame.width(),
                                                frame.height());
        if (!shot.isNull())
            return shot.save(path);
    }
    return window.grab().save(path);
}

// The value of --language CODE (or --language=CODE) if given. Read before the parser exists
// because the parser's own help texts are translated.
QString languageArgument(const QStringList &arguments)
{
    const QString option = QStringLiteral("--language");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == option && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(option + QLatin1Char('=')))
            return arguments[i].mid(option.size() + 1);
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The application's own settings and recovery folder: the scenes show the preferences.
    QApplication::setOrganizationName(QStringLiteral("SecretPolicyStudio"));
    QApplication::setApplicationName(QStringLiteral("secret-policy-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Secret Policy Studio"));
    QApplication::setApplicationVersion(QStringLiteral(SPS_VERSION));

    QString language = languageArgument(QApplication::arguments());
    if (language.isEmpty())
        language = model::Preferences::instance().language();
    views::installTranslators(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Render a Secret Policy Studio window for the documentation."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The policy to open."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save the screenshot to PATH (required)."),
                                        QStringLiteral("PATH"));
    const QCommandLineOption scene(
        QStringLiteral("scene"),
        QStringLiteral("What the screenshot shows: editor, invalid, tree-edit, simulation, "
                       "simulation-actions, why, changes, scenarios, context, guide, about, "
                       "preferences, dark, aws-open, aws-error, aws-validate or large (open a "
                       "large FILE and wait for its analysis)."),
        QStringLiteral("NAME"), QStringLiteral("editor"));
    const QCommandLineOption secretArn(QStringLiteral("secret-arn"),
                                       QStringLiteral("The ARN of the secret the policy is "
                                                      "attached to."),
                                       QStringLiteral("ARN"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QStringLiteral("Show the user interface in CODE (en, de, ja)."), QStringLiteral("CODE"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QStringLiteral("The window's size in pixels, WIDTHxHEIGHT (default 1280x800)."),
        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    parser.addOption(sizeOption);
    parser.addOption(languageOption);
    parser.addOption(screenshot);
    parser.addOption(scene);
    parser.addOption(secretArn);
    parser.process(app);
    if (!parser.isSet(screenshot)) {
        std::fprintf(stderr, "sps-screenshot: --screenshot PATH is required\n");
        return 2;
    }

    views::MainWindow window;
    const QString sceneName = parser.value(scene);
    // The dark scene themes this run only; the user's preference stays as it is.
    if (sceneName == QLatin1String("dark"))
        views::applyTheme(model::Preferences::Theme::Dark);
    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    const int width = size.size() == 2 ? size[0].toInt() : 0;
    const int height = size.size() == 2 ? size[1].toInt() : 0;
    if (width <= 0 || height <= 0) {
        std::fprintf(stderr, "sps-screenshot: --size wants WIDTHxHEIGHT, such as 800x560\n");
        return 2;
    }
    window.setGeometry(0, 0, width, height);
    window.setUnsavedChangesHandler([] { return views::MainWindow::UnsavedChoice::Discard; });
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        QString error;
        if (!window.openFile(files.front(), &error)) {
            std::fprintf(stderr, "sps-screenshot: cannot open \"%s\": %s\n",
                         qPrintable(files.front()), qPrintable(error));
            return 1;
        }
    }
    if (parser.isSet(secretArn))
        window.setSecretArn(parser.value(secretArn));
    window.show();
    window.activateWindow();

    const QString path = parser.value(screenshot);
    QTimer::singleShot(400, &window, [&window, sceneName] {
        prepareScene(window, sceneName);
        prepareDialogScene(window, sceneName);
        prepareAwsScene(window, sceneName);
    });
    const auto shoot = [&window, path] {
        const bool ok = sceneWindow ? saveScreenshot(*sceneWindow, path)
                                    : saveScreenshot(window, path);
        QApplication::exit(ok ? 0 : 1);
    };
    if (sceneName == QLatin1String("large")) {
        // A large file is analysed by a worker: shoot once its result is shown.
        QObject::connect(window.controller(), &views::EditorController::reparsed, &window,
                         [shoot] { QTimer::singleShot(1500, shoot); });
        QTimer::singleShot(120000, &window, shoot); // whatever happens, within two minutes
    } else {
        QTimer::singleShot(1200, &window, shoot);
    }
    return QApplication::exec();
}
