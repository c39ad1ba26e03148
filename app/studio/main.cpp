// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// dbse-studio: parses the command line, installs translations and opens the main window.
// Exit codes: 0 normal; 1 --screenshot with a dataset that failed to load (the error is
// saved in the screenshot and printed); 2 the screenshot could not be written.

#include "app/studio/main_window.h"
#ifdef DBSE_HAVE_MEDIA
#include "core/media/media_datasets.h"
#endif

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPixmap>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

// Installs Qt's own and DBSE Studio's translations for the system locale, when present.
// DBSE Studio's come from the installed folder (DBSE_TRANSLATIONS_DIR, relative to the
// executable) when it has one for the locale, else from the copies embedded under :/i18n.
// The translators must outlive the application object's use of them.
void installTranslations(QApplication& app, QTranslator& qt, QTranslator& dbse) {
    if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qt);
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(DBSE_TRANSLATIONS_DIR));
    for (const QString& folder : {installed, QStringLiteral(":/i18n")}) {
        if (dbse.load(QLocale(), QStringLiteral("dbse"), QStringLiteral("_"), folder)) {
            app.installTranslator(&dbse);
            return;
        }
    }
}

// Saves the window once the preview (or the error) has been shown and painted, then quits.
void scheduleScreenshot(dbse::studio::MainWindow& window, const QString& file) {
    auto capture = [&window, file](int exitCode) {
        // Let the pending layout and paint events run before grabbing.
        QTimer::singleShot(150, &window, [&window, file, exitCode] {
            const QPixmap pixmap = window.grab();
            if (!pixmap.save(file)) {
                std::fprintf(stderr, "%s\n",
                             qPrintable(QCoreApplication::translate("main", "Could not write the screenshot %1").arg(file)));
                QCoreApplication::exit(2);
                return;
            }
            QCoreApplication::exit(exitCode);
        });
    };
    QObject::connect(&window, &dbse::studio::MainWindow::previewShown, &window, [capture] {
        capture(0);
    });
    QObject::connect(&window, &dbse::studio::MainWindow::loadFailed, &window, [capture](const QString& message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        capture(1);
    });
}

}  // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
#ifdef DBSE_HAVE_MEDIA
    dbse::registerMediaDatasetKinds();
#endif
    QApplication::setApplicationName(QStringLiteral("dbse-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("DBSE Studio"));
    QApplication::setApplicationVersion(QStringLiteral(DBSE_VERSION));
    QApplication::setOrganizationName(QStringLiteral("DBSE Studio"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.dbse_studio.DbseStudio"));

    QTranslator qtTranslator, dbseTranslator;
    installTranslations(app, qtTranslator, dbseTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "DBSE Studio: explore what stays the same and what changes in sequences."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption datasetOption(
        QStringLiteral("dataset"),
        QCoreApplication::translate("main", "Dataset to open, as KIND:PATH (default: builtin:shapes)."),
        QCoreApplication::translate("main", "KIND:PATH"), QStringLiteral("builtin:shapes"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Once the dataset is shown, save the window as FILE (PNG) and quit."),
        QCoreApplication::translate("main", "FILE"));
    parser.addOption(datasetOption);
    parser.addOption(screenshotOption);
    parser.process(app);

    dbse::studio::MainWindow window;
    if (parser.isSet(screenshotOption))
        scheduleScreenshot(window, parser.value(screenshotOption));
    window.show();
    window.openDataset(parser.value(datasetOption));
    return QApplication::exec();
}
