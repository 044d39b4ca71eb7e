// The file behind the editor: where the policy lives on disk, how its bytes were laid out
// (byte order mark, line endings), whether it has unsaved changes, whether someone else changed
// it on disk, and the recovery copy of unsaved work.
//
// The text itself lives in the editor (the single source of truth); this class never keeps a
// copy of it beyond what it needs to recognise its own writes on disk. Loading splits the file
// into an optional UTF-8 BOM and the body the editor shows; saving writes the BOM back followed
// by the body's exact bytes, so an unedited file saves byte-identical.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include "io/atomicfile.h"

#include <functional>
#include <memory>

class QFileSystemWatcher;
class QLockFile;

namespace model {

class PolicyDocument : public QObject
{
    Q_OBJECT

public:
    enum class LineEnding { Lf, CrLf, Cr };

    struct Format
    {
        bool hasBom = false;
        LineEnding lineEnding = LineEnding::Lf; // the first line break's; LF when none
    };

    // Unsaved work another instance left behind (it crashed or was killed). Every document
    // writes its own recovery file and holds a lock beside it (`ID.lock`, a QLockFile with
    // its process id) for as long as the file is its own, so a live instance's work is never
    // listed, offered or removed by another one.
    struct RecoveryEntry
    {
        QString recoveryFile; // the saved unsaved text
        QString originalPath; // empty for an untitled document
        QDateTime modified;
    };

    explicit PolicyDocument(QObject *parent = nullptr);
    ~PolicyDocument() override;

    // The BOM and first line ending of raw file bytes.
    static Format detectFormat(const QByteArray &bytes);
    // The bytes without a leading UTF-8 BOM.
    static QByteArray stripBom(const QByteArray &bytes);

    // Reads a file: on success the document points at it and body() holds its text without
    // the BOM. On failure nothing changes and `error` says why. Only regular files of up to
    // engine::io::maxPolicyFileBytes are read: devices and FIFOs are refused from stat()
    // before they are opened, larger files from their size.
    bool load(const QString &path, QString *error = nullptr);
    // The same guarded read, for other files the editor reads (reload, import).
    static bool readFile(const QString &path, QByteArray *bytes, QString *error = nullptr);
    // The user's words for a failed read or write ("the disk is full").
    static QString fileErrorText(const engine::io::FileStatus &status);
    // Starts an untitled document (the body is the caller's; it becomes unmodified unless the
    // caller says otherwise).
    void reset();
    void reset(const Format &format);
    QByteArray body() const { return m_body; }

    // Writes the BOM (if the document has one) and then the body, atomically
    // (engine::io::writeFileAtomically): on failure the file on disk is untouched, the
    // document stays modified, `error` says why and lastSaveError() tells the reason.
    bool save(const QByteArray &body, QString *error = nullptr);
    bool saveAs(const QString &path, const QByteArray &body, QString *error = nullptr);
    engine::io::FileError lastSaveError() const { return m_lastSaveError; }
    // Whether the file can be saved in place (engine::io::checkWritable): false for a file
    // without write permission, on a read-only file system or in a folder that takes no
    // new files. Checked on load, save and every change on disk; untitled documents are
    // writable.
    bool isReadOnly() const { return m_readOnly; }
    // The exact bytes save() would write.
    QByteArray fileBytes(const QByteArray &body) const;

    QString path() const { return m_path; }
    bool isUntitled() const { return m_path.isEmpty(); }
    QString displayName() const;
    Format format() const { return m_format; }
    void setFormat(const Format &format) { m_format = format; }

    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    // Recovery: while modified, the text from the provider is written every `intervalMs`
    // to a file under recoveryDirectory(); saving or closing cleanly removes it.
    void setTextProvider(std::function<QByteArray()> provider);
    void setAutosaveInterval(int intervalMs);
    static QString defaultRecoveryDirectory();
    void setRecoveryDirectory(const QString &dir);
    QString recoveryDirectory() const { return m_recoveryDir; }
    // Writes this document's recovery file now (and takes its lock); once written, an
    // adopted entry (adoptRecovery) is removed. False when unmodified or on failure.
    bool writeRecovery();
    // Removes this document's recovery file and any adopted entry (saved or discarded work).
    void removeRecovery();
    QString recoveryFilePath() const;
    // The entries no live instance owns, newest first.
    static QList<RecoveryEntry> recoveryEntries(const QString &directory);
    // Reads a recovery entry's text and forgets the entry (its files removed); empty when
    // another live instance owns it.
    static QByteArray takeRecovery(const RecoveryEntry &entry);
    // Restoring: takes the entry over (its lock becomes this document's) and returns its
    // text; the entry stays on disk until this document's own recovery file is written (do
    // that right after putting the text in the editor) or the work is saved or discarded.
    // False when another live instance took it first.
    bool adoptRecovery(const RecoveryEntry &entry, QByteArray *text);

signals:
    void pathChanged(const QString &path);
    void modifiedChanged(bool modified);
    void readOnlyChanged(bool readOnly);
    // The file was changed or removed by someone else since we loaded or saved it.
    void changedOnDisk();
    void removedFromDisk();

private:
    void watch();
    void onFileChanged(const QString &path);
    void updateReadOnly();
    bool lockRecovery();
    void removeAdopted();

    QString m_path;
    QByteArray m_body;         // the body as last loaded (not kept up to date while editing)
    QByteArray m_diskBytes;    // what we last read or wrote, to recognise our own writes
    Format m_format;
    bool m_modified = false;
    QFileSystemWatcher *m_watcher; // owned (QObject child)
    QTimer m_autosave;
    std::function<QByteArray()> m_textProvider;
    QString m_recoveryDir;
    QString m_recoveryId; // unique to this document and file (never shared between instances)
    std::unique_ptr<QLockFile> m_recoveryLock; // held while our recovery file exists
    QString m_adoptedFile;                     // a restored entry, until our own is written
    std::unique_ptr<QLockFile> m_adoptedLock;
    engine::io::FileError m_lastSaveError = engine::io::FileError::None;
    bool m_readOnly = false;
};

} // namespace model
