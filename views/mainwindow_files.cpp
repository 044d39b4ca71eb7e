// MainWindow: everything about files (the window's second half, kept apart for size).
#include "mainwindow.h"

#include "editorcontroller.h"
#include "jsoneditor.h"
#include "policyconversions.h"
#include "policydocument.h"
#include "preferences.h"
#include "policytemplates.h"
#include "policytreeview.h"
#include "scenariospanel.h"
#include "secretarncheck.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>

namespace views {

namespace {

const int maxRecentFiles = 8;

QString recentKey()
{
    return QStringLiteral("recentFiles");
}

QString jsonFilter()
{
    return QCoreApplication::translate("views::MainWindow",
                                       "JSON policies (*.json);;All files (*)");
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

JsonEditor::LineEnding editorEnding(model::PolicyDocument::LineEnding ending)
{
    switch (ending) {
    case model::PolicyDocument::LineEnding::CrLf:
        return JsonEditor::LineEnding::CrLf;
    case model::PolicyDocument::LineEnding::Cr:
        return JsonEditor::LineEnding::Cr;
    case model::PolicyDocument::LineEnding::Lf:
        break;
    }
    return JsonEditor::LineEnding::Lf;
}

} // namespace

void MainWindow::loadIntoEditor(const QByteArray &body)
{
    m_editor->setLineEnding(editorEnding(m_document->format().lineEnding));
    m_editor->setDocumentBytes(body);
    m_document->setModified(false);
    // A large text is analysed by a worker: the window shows (and answers typing) before that.
    m_controller->reparse();
    // Fit the element names (condition operators and keys are long), within reason.
    m_tree->resizeColumnToContents(0);
    m_tree->setColumnWidth(0, std::clamp(m_tree->columnWidth(0), 150, 330));
    updateTitle();
    updateUndoActions();
}

bool MainWindow::openFile(const QString &path, QString *error)
{
    if (!m_document->load(path, error))
        return false;
    restoreFileMemory();
    loadIntoEditor(m_document->body());
    m_scenarios->setPolicyPath(m_document->path());
    addRecentFile(m_document->path());
    return true;
}

void MainWindow::newDocument(const QByteArray &text)
{
    m_document->reset(model::PolicyDocument::Format{
        false, model::PolicyDocument::detectFormat(text).lineEnding});
    restoreFileMemory(); // nothing for an untitled document
    loadIntoEditor(text);
    m_scenarios->setPolicyPath({});
}

bool MainWindow::save(QString *error)
{
    if (!m_document->save(m_editor->documentBytes(), error))
        return false;
    m_editor->setModified(false);
    statusBar()->showMessage(tr("Saved \"%1\"").arg(m_document->path()), 4000);
    saveScenariosWithPolicy();
    return true;
}

bool MainWindow::saveAs(const QString &path, QString *error)
{
    if (!m_document->saveAs(path, m_editor->documentBytes(), error))
        return false;
    m_editor->setModified(false);
    addRecentFile(m_document->path());
    rememberFileMemory();
    statusBar()->showMessage(tr("Saved \"%1\"").arg(m_document->path()), 4000);
    saveScenariosWithPolicy();
    return true;
}

bool MainWindow::importCliOutput(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return importCliOutputText(file.readAll(), QStringLiteral("\"%1\"").arg(path), error);
}

bool MainWindow::exportPretty(const QString &path, QString *error)
{
    const auto bytes = model::renderPretty(m_editor->documentBytes(),
                                           model::Preferences::instance().indentWidth());
    if (!bytes) {
        if (error)
            *error = tr("The policy is not valid JSON.");
        return false;
    }
    return writeFile(path, *bytes, error);
}

bool MainWindow::exportMinified(const QString &path, QString *error)
{
    const auto bytes = model::renderMinified(m_editor->documentBytes());
    if (!bytes) {
        if (error)
            *error = tr("The policy is not valid JSON.");
        return false;
    }
    return writeFile(path, *bytes, error);
}

QString MainWindow::exportCommand(const QString &secretId) const
{
    const QString path = m_document->isUntitled() ? QStringLiteral("policy.json")
                                                  : m_document->path();
    return model::putResourcePolicyCommand(secretId, path);
}

bool MainWindow::setSecretArn(const QString &arn)
{
    const QString trimmed = arn.trimmed();
    if (const model::SecretArnProblem problem = model::checkSecretArn(trimmed); !problem.isOk()) {
        statusBar()->showMessage(tr("Not a secret ARN: %1").arg(problem.message), 10000);
        return false;
    }
    m_secretArn = trimmed;
    m_controller->setSecretArn(m_secretArn);
    rememberFileMemory();
    m_controller->reparse();
    return true;
}

void MainWindow::onSetSecretArn()
{
    QString arn = m_secretArn;
    for (;;) {
        bool ok = false;
        arn = QInputDialog::getText(
            this, tr("Secret ARN"),
            tr("ARN of the secret this policy belongs to (empty if unknown):"), QLineEdit::Normal,
            arn, &ok);
        if (!ok)
            return;
        const model::SecretArnProblem problem = model::checkSecretArn(arn.trimmed());
        if (problem.isOk()) {
            setSecretArn(arn);
            return;
        }
        QMessageBox::warning(this, tr("Secret ARN"), problem.message); // then ask again
    }
}

void MainWindow::restoreRecovery(const QString &originalPath, const QByteArray &text)
{
    if (originalPath.isEmpty() || !openFile(originalPath))
        newDocument(QByteArray());
    m_editor->replaceBytes(0, m_editor->byteLength(),
                           std::string_view(text.constData(),
                                            static_cast<std::size_t>(text.size())));
    m_controller->reparseNow();
    statusBar()->showMessage(tr("Restored unsaved changes; Undo shows the file as saved."),
                             8000);
}

bool MainWindow::reloadFromDisk(QString *error)
{
    QFile file(m_document->path());
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QByteArray body = model::PolicyDocument::stripBom(file.readAll());
    m_editor->replaceBytes(0, m_editor->byteLength(),
                           std::string_view(body.constData(),
                                            static_cast<std::size_t>(body.size())));
    m_editor->setModified(false);
    m_controller->reparseNow();
    return true;
}

void MainWindow::offerRecovery()
{
    const auto entries = model::PolicyDocument::recoveryEntries(
        m_document->recoveryDirectory());
    if (entries.isEmpty())
        return;
    const auto &entry = entries.front();
    const QString name = entry.originalPath.isEmpty() ? tr("an untitled policy")
                                                      : entry.originalPath;
    const auto answer = QMessageBox::question(
        this, tr("Restore Unsaved Work"),
        tr("Secret Policy Studio was closed with unsaved changes to %1 (saved for recovery on "
           "%2). Restore them?")
            .arg(name, QLocale().toString(entry.modified, QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    const QByteArray text = model::PolicyDocument::takeRecovery(entry);
    if (answer == QMessageBox::Yes)
        restoreRecovery(entry.originalPath, text);
}

void MainWindow::setUnsavedChangesHandler(std::function<UnsavedChoice()> handler)
{
    m_unsavedHandler = std::move(handler);
}

void MainWindow::setDiskChangeHandler(std::function<DiskChoice()> handler)
{
    m_diskHandler = std::move(handler);
}

bool MainWindow::maybeSave()
{
    // Unsaved scenarios are unsaved work too: Save writes them with the policy.
    if (!m_document->isModified() && !m_scenarios->isModified())
        return true;
    switch (m_unsavedHandler()) {
    case UnsavedChoice::Save:
        return onSave();
    case UnsavedChoice::Discard:
        m_document->removeRecovery();
        return true;
    case UnsavedChoice::Cancel:
        break;
    }
    return false;
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(recentKey()).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(recentKey()).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    settings.setValue(recentKey(), files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    int n = 0;
    for (const QString &path : files) {
        ++n;
        const QString label = n < 10 ? tr("&%1 %2").arg(n).arg(QFileInfo(path).fileName())
                                     : QFileInfo(path).fileName();
        QAction *a = m_recentMenu->addAction(label);
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] { onOpenRecent(path); });
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        QSettings().remove(recentKey());
        rebuildRecentMenu();
    });
}

void MainWindow::onNew(const model::PolicyTemplate &tpl)
{
    if (!maybeSave())
        return;
    newDocument(model::templateText(tpl, model::Preferences::instance().indentWidth()));
}

void MainWindow::onOpen()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Policy"), dialogFolder(),
                                                      jsonFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!openFile(path, &error))
        showError(tr("Open Policy"), tr("Cannot open \"%1\": %2").arg(path, error));
}

void MainWindow::onOpenRecent(const QString &path)
{
    if (!maybeSave())
        return;
    QString error;
    if (!openFile(path, &error)) {
        showError(tr("Open Policy"), tr("Cannot open \"%1\": %2").arg(path, error));
        QSettings settings;
        QStringList files = settings.value(recentKey()).toStringList();
        files.removeAll(path);
        settings.setValue(recentKey(), files);
        rebuildRecentMenu();
    }
}

bool MainWindow::onSave()
{
    if (m_document->isUntitled())
        return onSaveAs();
    QString error;
    if (!save(&error)) {
        showError(tr("Save Policy"),
                  tr("Cannot save \"%1\": %2").arg(m_document->path(), error));
        return false;
    }
    return true;
}

bool MainWindow::onSaveAs()
{
    const QString suggested = m_document->isUntitled()
                                  ? QDir::homePath() + QStringLiteral("/policy.json")
                                  : m_document->path();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Policy As"), suggested,
                                                      jsonFilter());
    if (path.isEmpty())
        return false;
    QString error;
    if (!saveAs(path, &error)) {
        showError(tr("Save Policy"), tr("Cannot save \"%1\": %2").arg(path, error));
        return false;
    }
    return true;
}

QString MainWindow::dialogFolder() const
{
    // Beside the file being edited: the files around a policy usually live with it.
    return m_document->isUntitled() ? QDir::homePath()
                                    : QFileInfo(m_document->path()).absolutePath();
}

void MainWindow::onImport()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import get-resource-policy Output"), dialogFolder(),
        tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!importCliOutput(path, &error))
        showError(tr("Import Policy"), tr("Cannot import \"%1\": %2").arg(path, error));
}

void MainWindow::onExportPretty()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as Pretty JSON"),
                                                      dialogFolder(), jsonFilter());
    QString error;
    if (!path.isEmpty() && !exportPretty(path, &error))
        showError(tr("Export"), tr("Cannot export \"%1\": %2").arg(path, error));
}

void MainWindow::onExportMinified()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as Minified JSON"),
                                                      dialogFolder(), jsonFilter());
    QString error;
    if (!path.isEmpty() && !exportMinified(path, &error))
        showError(tr("Export"), tr("Cannot export \"%1\": %2").arg(path, error));
}

void MainWindow::onExportCommand()
{
    QInputDialog input(this);
    input.setWindowTitle(tr("Export as AWS CLI Command"));
    input.setLabelText(tr("&Secret ID or ARN:"));
    input.setTextValue(m_secretArn.isEmpty() ? QStringLiteral("MySecret") : m_secretArn);
    // Wide enough for a whole secret ARN (the default box is 150 pixels).
    if (auto *line = input.findChild<QLineEdit *>()) {
        line->setMinimumWidth(line->fontMetrics().horizontalAdvance(QStringLiteral(
                                  "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/"
                                  "database-AbCdEf"))
                              + 24);
    }
    input.setObjectName(QStringLiteral("exportSecretIdDialog"));
    if (input.exec() != QDialog::Accepted)
        return;
    const QString secretId = input.textValue();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("AWS CLI Command"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(
        m_document->isUntitled()
            ? tr("Save the policy as policy.json, then run:")
            : tr("Uploads the saved file; save your changes first. Run:"),
        &dialog);
    layout->addWidget(label);
    auto *text = new QPlainTextEdit(exportCommand(secretId), &dialog);
    text->setReadOnly(true);
    text->setFont(QFont(QStringLiteral("DejaVu Sans Mono"), 10));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, &dialog,
            [text] { QApplication::clipboard()->setText(text->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(640, 180);
    dialog.exec();
}

void MainWindow::onChangedOnDisk()
{
    if (m_diskHandler() != DiskChoice::Reload) {
        statusBar()->showMessage(tr("\"%1\" changed on disk; kept your version.")
                                     .arg(m_document->displayName()),
                                 6000);
        return;
    }
    QString error;
    if (!reloadFromDisk(&error))
        showError(tr("Reload"), tr("Cannot reload \"%1\": %2").arg(m_document->path(), error));
}

void MainWindow::onFilesDropped(const QList<QUrl> &urls)
{
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        if (!maybeSave())
            return;
        QString error;
        if (!openFile(url.toLocalFile(), &error))
            showError(tr("Open Policy"),
                      tr("Cannot open \"%1\": %2").arg(url.toLocalFile(), error));
        return; // one document per window
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    event->acceptProposedAction();
    onFilesDropped(event->mimeData()->urls());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_document->removeRecovery();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"),
                      findChild<QSplitter *>(QStringLiteral("splitter"))->saveState());
    event->accept();
}

} // namespace views
