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

#include <functional>

class QFileSystemWatcher;

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
    // the BOM. On failure nothing changes and `error` says why.
    bool load(const QString &path, QString *error = nullptr);
    // Starts an untitled document (the body is the caller's; it becomes unmodified unless the
    // caller says otherwise).
    void reset();
    void reset(const Format &format);
    QByteArray body() const { return m_body; }

    // Writes the BOM (if the document has one) and then the body, atomically (QSaveFile).
    bool save(const QByteArray &body, QString *error = nullptr);
    bool saveAs(const QString &path, const QByteArray &body, QString *error = nullptr);
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
    bool writeRecovery();
    void removeRecovery();
    QString recoveryFilePath() const;
    static QList<RecoveryEntry> recoveryEntries(const QString &directory);
    // Reads a recovery entry's text and forgets the entry (both files removed).
    static QByteArray takeRecovery(const RecoveryEntry &entry);

signals:
    void pathChanged(const QString &path);
    void modifiedChanged(bool modified);
    // The file was changed or removed by someone else since we loaded or saved it.
    void changedOnDisk();
    void removedFromDisk();

private:
    void watch();
    void onFileChanged(const QString &path);

    QString m_path;
    QByteArray m_body;         // the body as last loaded (not kept up to date while editing)
    QByteArray m_diskBytes;    // what we last read or wrote, to recognise our own writes
    Format m_format;
    bool m_modified = false;
    QFileSystemWatcher *m_watcher; // owned (QObject child)
    QTimer m_autosave;
    std::function<QByteArray()> m_textProvider;
    QString m_recoveryDir;
    QString m_recoveryId; // stable for this document's lifetime
};

} // namespace model
