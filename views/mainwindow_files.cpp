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
#include <QCheckBox>
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
#include <QScopedValueRollback>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>

namespace views {

namespace {

const int maxRecentFiles = 8;

// Per-file memory (model::Preferences): the user said "don't ask again" about saving with errors.
const QString saveWithErrorsKey = QStringLiteral("saveWithErrors");

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
    m_controller->startDocument();
    m_editor->setDocumentBytes(body);
    m_document->setModified(false);
    // A large text is analysed by a worker: the window shows (and answers typing) before that.
    m_controller->reparse();
    // Fit the element names (condition operators and keys are long), within reason.
    m_tree->resizeColumnToContents(0);
    m_tree->setColumnWidth(0, std::clamp(m_tree->columnWidth(0), 150, 330));
    updateTitle();
    updateUndoActions();
    emit documentReplaced();
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
    QByteArray bytes;
    if (!model::PolicyDocument::readFile(path, &bytes, error))
        return false;
    return importCliOutputText(bytes, QStringLiteral("\"%1\"").arg(path), error);
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

bool MainWindow::restoreRecovery(const model::PolicyDocument::RecoveryEntry &entry)
{
    if (entry.originalPath.isEmpty() || !openFile(entry.originalPath))
        newDocument(QByteArray());
    // Adopted after opening: opening a file forgets the document's recovery files.
    QByteArray text;
    if (!m_document->adoptRecovery(entry, &text))
        return false;
    m_editor->replaceBytes(
        0,
        m_editor->byteLength(),
        std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    m_controller->reparseNow();
    // Protected from the first moment: this window's own copy replaces the entry now, not at
    // the next autosave.
    m_document->writeRecovery();
    statusBar()->showMessage(tr("Restored unsaved changes; Undo shows the file as saved."), 8000);
    return true;
}

bool MainWindow::reloadFromDisk(QString *error)
{
    QByteArray bytes;
    if (!model::PolicyDocument::readFile(m_document->path(), &bytes, error))
        return false;
    const QByteArray body = model::PolicyDocument::stripBom(bytes);
    m_editor->replaceBytes(0, m_editor->byteLength(),
                           std::string_view(body.constData(),
                                            static_cast<std::size_t>(body.size())));
    m_editor->setModified(false);
    m_controller->reparseNow();
    return true;
}

QList<MainWindow *> MainWindow::offerRecovery()
{
    QList<MainWindow *> windows;
    const auto entries = model::PolicyDocument::recoveryEntries(
        m_document->recoveryDirectory());
    for (const auto &entry : entries) {
        // This window only while it shows nothing the user asked for; the file opened from
        // the command line (or any other work) stays where it is.
        const bool here = windows.isEmpty() && !m_document->isModified()
                          && (m_document->isUntitled() || m_document->path() == entry.originalPath);
        switch (m_recoveryHandler(entry, !here)) {
        case RecoveryChoice::Restore: {
            MainWindow *target = this;
            if (!here) {
                target = new MainWindow;
                target->setAttribute(Qt::WA_DeleteOnClose);
                target->document()->setRecoveryDirectory(m_document->recoveryDirectory());
                target->move(pos() + QPoint(40, 40));
            }
            if (target->restoreRecovery(entry)) {
                windows.append(target);
                target->show();
            } else if (target != this) {
                delete target;
            }
            break;
        }
        case RecoveryChoice::Discard:
            model::PolicyDocument::takeRecovery(entry);
            break;
        case RecoveryChoice::Later:
            break;
        }
    }
    return windows;
}

void MainWindow::installFileHandlers()
{
    m_saveFailedHandler = [this](const QString &message) {
        QMessageBox box(
            QMessageBox::Warning, tr("Save Policy"), message, QMessageBox::NoButton, this);
        box.setInformativeText(tr("The file on disk is unchanged. Your changes are still in the "
                                  "editor, not saved: save them under another name?"));
        QPushButton *saveAs = box.addButton(tr("Save &As..."), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(saveAs);
        box.exec();
        return box.clickedButton() == saveAs ? SaveFailedChoice::SaveAs : SaveFailedChoice::Cancel;
    };
    m_saveWithErrorsHandler = [this](int errors) {
        QMessageBox box(QMessageBox::Warning,
                        tr("Save Policy"),
                        tr("The policy has %n error(s); AWS will refuse it.", nullptr, errors),
                        QMessageBox::NoButton,
                        this);
        box.setInformativeText(tr("Save it anyway? The Problems list shows the errors."));
        auto *dontAsk = new QCheckBox(tr("&Don't ask again for this file"), &box);
        box.setCheckBox(dontAsk);
        QPushButton *save = box.addButton(tr("&Save Anyway"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(save);
        box.exec();
        if (box.clickedButton() != save)
            return ErrorsChoice::Cancel;
        return dontAsk->isChecked() ? ErrorsChoice::SaveAndStopAsking : ErrorsChoice::Save;
    };
    m_saveAsPathHandler = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save Policy As"), suggested, jsonFilter());
    };
    m_recoveryHandler = [this](const model::PolicyDocument::RecoveryEntry &entry, bool newWindow) {
        const QString name
            = entry.originalPath.isEmpty() ? tr("an untitled policy") : entry.originalPath;
        QMessageBox box(QMessageBox::Question,
                        tr("Restore Unsaved Work"),
                        tr("Secret Policy Studio was closed with unsaved changes to %1 (saved "
                           "for recovery on %2).")
                            .arg(name, QLocale().toString(entry.modified, QLocale::ShortFormat)),
                        QMessageBox::NoButton,
                        this);
        box.setInformativeText(newWindow ? tr("Restore them in a new window?")
                                         : tr("Restore them?"));
        QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("Ask &Later"), QMessageBox::RejectRole);
        box.setDefaultButton(restore);
        box.exec();
        if (box.clickedButton() == restore)
            return RecoveryChoice::Restore;
        if (box.clickedButton() == discard)
            return RecoveryChoice::Discard;
        return RecoveryChoice::Later;
    };
}

void MainWindow::setSaveFailedHandler(
    std::function<SaveFailedChoice(const QString &message)> handler)
{
    m_saveFailedHandler = std::move(handler);
}

void MainWindow::setSaveWithErrorsHandler(std::function<ErrorsChoice(int errors)> handler)
{
    m_saveWithErrorsHandler = std::move(handler);
}

void MainWindow::setSaveAsPathHandler(std::function<QString(const QString &suggested)> handler)
{
    m_saveAsPathHandler = std::move(handler);
}

void MainWindow::setRecoveryHandler(
    std::function<RecoveryChoice(const model::PolicyDocument::RecoveryEntry &, bool newWindow)>
        handler)
{
    m_recoveryHandler = std::move(handler);
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
    return saveInteractively();
}

namespace {

int errorCount(const std::vector<engine::Diagnostic> &findings)
{
    return static_cast<int>(std::count_if(findings.begin(), findings.end(), [](const auto &d) {
        return d.severity == engine::Severity::Error;
    }));
}

} // namespace

bool MainWindow::confirmSaveWithErrors()
{
    m_controller->reparseNow(); // the findings of the text being saved, not of a while ago
    const int errors = errorCount(m_controller->findings());
    if (errors == 0)
        return true;
    model::Preferences &prefs = model::Preferences::instance();
    const QString path = m_document->isUntitled() ? QString() : m_document->path();
    if (path.isEmpty() ? m_errorsQuestionOff : prefs.fileValue(path, saveWithErrorsKey).toBool())
        return true;
    switch (m_saveWithErrorsHandler(errors)) {
    case ErrorsChoice::SaveAndStopAsking:
        if (path.isEmpty())
            m_errorsQuestionOff = true;
        else
            prefs.setFileValue(path, saveWithErrorsKey, true);
        return true;
    case ErrorsChoice::Save:
        return true;
    case ErrorsChoice::Cancel:
        break;
    }
    return false;
}

bool MainWindow::saveInteractively()
{
    if (m_document->isUntitled())
        return onSaveAs();
    if (!confirmSaveWithErrors())
        return false;
    // A read-only file is never replaced behind the user's back: offer another name.
    if (m_document->isReadOnly()) {
        const engine::io::FileStatus why
            = engine::io::checkWritable(QFile::encodeName(m_document->path()).toStdString());
        const QString reason = model::PolicyDocument::fileErrorText(
            why ? engine::io::FileStatus{engine::io::FileError::ReadOnlyFile, 0, {}} : why);
        if (m_saveFailedHandler(tr("\"%1\" cannot be saved: %2.").arg(m_document->path(), reason))
            == SaveFailedChoice::SaveAs)
            return saveAsInteractively(false);
        return false;
    }
    QString error;
    if (save(&error))
        return true;
    if (m_saveFailedHandler(tr("Cannot save \"%1\": %2.").arg(m_document->path(), error))
        == SaveFailedChoice::SaveAs)
        return saveAsInteractively(false);
    return false;
}

bool MainWindow::onSaveAs()
{
    return saveAsInteractively(true);
}

bool MainWindow::saveAsInteractively(bool askAboutErrors)
{
    if (askAboutErrors && !confirmSaveWithErrors())
        return false;
    const QString suggested = m_document->isUntitled()
                                  ? QDir::homePath() + QStringLiteral("/policy.json")
                                  : m_document->path();
    const QString path = m_saveAsPathHandler(suggested);
    if (path.isEmpty())
        return false;
    QString error;
    if (saveAs(path, &error))
        return true;
    if (m_saveFailedHandler(tr("Cannot save \"%1\": %2.").arg(path, error))
        == SaveFailedChoice::SaveAs)
        return saveAsInteractively(false);
    return false;
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
    // One question at a time: a change that arrives while it is open is covered by it
    // (Reload reads the file as it is then).
    if (m_askingAboutDisk)
        return;
    const QScopedValueRollback<bool> asking(m_askingAboutDisk, true);
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

void MainWindow::updateReadOnly()
{
    m_readOnlyLabel->setText(tr("Read-only"));
    m_readOnlyLabel->setToolTip(
        tr("This file cannot be saved in place (no write permission, a read-only file system "
           "or a folder that takes no new files); Save offers Save As."));
    m_readOnlyLabel->setVisible(m_document->isReadOnly());
    updateTitle();
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
