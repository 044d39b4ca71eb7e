// Helpers shared by the model and views tests: the examples, finding a matrix row or column by
// its header, and running `secret-policy eval` (SPS_CLI_PATH) on requests, so that the GUI's
// answers can be compared with the CLI's.
#pragma once

#include <QAbstractItemModel>
#include <QByteArray>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QString>

namespace testsupport {

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// resources/examples/NAME
inline QByteArray exampleText(const QString &name)
{
    return readFile(QStringLiteral(SPS_EXAMPLES_DIR "/") + name);
}

// The row or column whose header shows `label`, or -1.
inline int rowOf(const QAbstractItemModel &model, const QString &label)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.headerData(r, Qt::Vertical).toString() == label)
            return r;
    }
    return -1;
}

inline int columnOf(const QAbstractItemModel &model, const QString &label)
{
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.headerData(c, Qt::Horizontal).toString() == label)
            return c;
    }
    return -1;
}

// Runs `secret-policy eval --policy POLICY` with the request lines on its standard input.
// On success *answers holds one decision line per request; otherwise *why says what failed.
//   QVERIFY2(testsupport::evalWithCli(path, requests, &answers, &why), qPrintable(why));
inline bool evalWithCli(const QString &policyPath, const QByteArray &requests,
                        QList<QByteArray> *answers, QString *why)
{
    QProcess cli;
    cli.start(QStringLiteral(SPS_CLI_PATH),
              {QStringLiteral("eval"), QStringLiteral("--policy"), policyPath});
    if (!cli.waitForStarted()) {
        *why = QStringLiteral("cannot start %1: %2").arg(QStringLiteral(SPS_CLI_PATH),
                                                          cli.errorString());
        return false;
    }
    cli.write(requests);
    cli.closeWriteChannel();
    if (!cli.waitForFinished(60000) || cli.exitStatus() != QProcess::NormalExit
        || cli.exitCode() != 0) {
        *why = QStringLiteral("secret-policy eval failed (exit %1): %2")
                   .arg(cli.exitCode())
                   .arg(QString::fromUtf8(cli.readAllStandardError()));
        return false;
    }
    *answers = cli.readAllStandardOutput().trimmed().split('\n');
    return true;
}

} // namespace testsupport
