// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dbse-studio binary: --help/--version, --screenshot of the built-in dataset and of a
// bad dataset (exit codes, PNG written), --tab and --language, and the embedded German
// translation. Each run gets an empty settings folder (XDG_CONFIG_HOME).

#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result {
    int exitCode = -1;
    QString out, err;
};

Result runStudio(const QStringList& args, const QProcessEnvironment& extra = {}) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QTemporaryDir config;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    for (const QString& key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DBSE_STUDIO_EXE), args);
    Result r;
    if (!process.waitForFinished(90000)) {
        process.kill();
        process.waitForFinished();
        r.err = QStringLiteral("dbse-studio did not finish");
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QProcessEnvironment locale(const QString& name, const QString& language) {
    QProcessEnvironment env;
    env.insert(QStringLiteral("LC_ALL"), name);
    env.insert(QStringLiteral("LANG"), name);
    env.insert(QStringLiteral("LANGUAGE"), language);
    return env;
}

}  // namespace

class TestStudioCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void helpListsTheOptions() {
        const Result r = runStudio({QStringLiteral("--help")}, locale(QStringLiteral("C.UTF-8"), QStringLiteral("en")));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("--dataset")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("--screenshot")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Dataset to open")), qPrintable(r.out));
    }

    void versionIsTheProjectVersion() {
        const Result r = runStudio({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral(DBSE_VERSION)), qPrintable(r.out));
    }

    void helpIsGermanInAGermanLocale() {
        const Result r = runStudio({QStringLiteral("--help")},
                                   locale(QStringLiteral("de_DE.UTF-8"), QStringLiteral("de_DE:de")));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Zu öffnender Datensatz")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("Dataset to open")), qPrintable(r.out));
    }

    void screenshotOfTheBuiltinDataset() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("studio.png"));
        const Result r = runStudio({QStringLiteral("--screenshot"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        const QImage image(file);
        QVERIFY2(!image.isNull(), "no readable PNG written");
        QVERIFY(image.width() >= 600 && image.height() >= 400);
        // Thumbnails are colourful; an empty or loading window is not.
        int colourful = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4) {
                const QColor c = image.pixelColor(x, y);
                colourful += c.hsvSaturation() > 120 && c.value() > 60;
            }
        QVERIFY2(colourful > 200, qPrintable(QString::number(colourful)));
    }

    void screenshotOfATabInHebrew() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("evaluation.png"));
        const Result r = runStudio({QStringLiteral("--screenshot"), file, QStringLiteral("--tab"), QStringLiteral("evaluation"),
                                    QStringLiteral("--language"), QStringLiteral("he")});
        QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY(!QImage(file).isNull());
    }

    void unknownTabIsRefused() {
        const Result r = runStudio({QStringLiteral("--tab"), QStringLiteral("nosuchtab")},
                                   locale(QStringLiteral("C.UTF-8"), QStringLiteral("en")));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("nosuchtab")), qPrintable(r.err));
    }

    void badDatasetFailsWithAMessage() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("error.png"));
        const Result r = runStudio({QStringLiteral("--dataset"), QStringLiteral("nosuchkind:x"),
                                    QStringLiteral("--screenshot"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("nosuchkind")), qPrintable(r.err));
        QVERIFY2(!QImage(file).isNull(), "the error window was not saved");
    }

    void unwritableScreenshotIsReported() {
        const Result r = runStudio({QStringLiteral("--screenshot"), QStringLiteral("/nonexistent-dir/x.png")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_MAIN(TestStudioCli)
#include "test_studio_cli.moc"
