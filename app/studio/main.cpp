// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// dbse-studio: parses the command line, applies the saved language and opens the main window.
// Exit codes: 0 normal; 1 --screenshot with a dataset that failed to load (the error is
// saved in the screenshot and printed); 2 the screenshot could not be written; 3 unknown --tab.

#include "app/studio/central_tabs.h"
#include "app/studio/evaluation_tab.h"
#include "app/studio/explore_options.h"
#include "app/studio/language_switcher.h"
#include "app/studio/main_window.h"
#include "app/studio/swap_bench.h"
#include "app/studio/termination_signals.h"
#include "core/util/runtime.h"
#ifdef DBSE_HAVE_MEDIA
#include "core/media/media_datasets.h"
#endif

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPixmap>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

namespace {

constexpr int kThumbnailWaitMs = 10000;  // longest wait for the browser's visible thumbnails
constexpr int kBusyPageWaitMs = 180000;  // longest wait for the current tab's background work

// A tab page still making what it shows (e.g. the latent map computing) sets the dynamic
// property "busy" to true until it is done.
bool currentPageBusy(const dbse::studio::MainWindow& window) {
    const auto* tabs = qobject_cast<const QTabWidget*>(window.centralWidget());
    return tabs && tabs->currentWidget() && tabs->currentWidget()->property("busy").toBool();
}

// Saves the window once the preview (or the error) has been shown and painted and the
// browser's visible thumbnails and the Evaluation tab's report have arrived (or
// kThumbnailWaitMs passed), then quits.
void scheduleScreenshot(dbse::studio::MainWindow& window, const QString& file) {
    auto capture = [&window, file](int exitCode) {
        // Let the pending layout and paint events run (the view asks for its thumbnails) first.
        auto* poll = new QTimer(&window);
        poll->setInterval(150);
        QElapsedTimer waited;
        waited.start();
        QObject::connect(poll, &QTimer::timeout, &window, [&window, file, exitCode, poll, waited] {
            // Painting asks the browser for the thumbnails it shows: a grab after which none is
            // pending has them all.
            const QPixmap pixmap = window.grab();
            if ((window.datasetPanel()->thumbnailsPending() || window.evaluationTab()->isBusy()) &&
                waited.elapsed() < kThumbnailWaitMs)
                return;
            if (currentPageBusy(window) && waited.elapsed() < kBusyPageWaitMs)
                return;
            poll->stop();
            if (!pixmap.save(file)) {
                std::fprintf(stderr, "%s\n",
                             qPrintable(QCoreApplication::translate("main", "Could not write the screenshot %1").arg(file)));
                QCoreApplication::exit(2);
                return;
            }
            QCoreApplication::exit(exitCode);
        });
        poll->start();
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
    dbse::useFastProcessSettings(argv);
    QApplication app(argc, argv);
    // Every core for LibTorch (its default here was one thread): a swap is computed in the
    // time the user waits for it. Training sets its own thread count when it starts.
    dbse::configureRuntime(0);
#ifdef DBSE_HAVE_MEDIA
    dbse::registerMediaDatasetKinds();
#endif
    QApplication::setApplicationName(QStringLiteral("dbse-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("DBSE Studio"));
    QApplication::setApplicationVersion(QStringLiteral(DBSE_VERSION));
    QApplication::setOrganizationName(QStringLiteral("DBSE Studio"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.dbse_studio.DbseStudio"));

    using dbse::studio::LanguageSwitcher;
    LanguageSwitcher::instance()->apply(LanguageSwitcher::savedLanguage());

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
    const QCommandLineOption tabOption(
        QStringLiteral("tab"),
        QCoreApplication::translate("main", "Start with tab NAME current: %1, or dataset.")
            .arg(dbse::studio::CentralTabs::tabIds().join(QStringLiteral(", "))),
        QCoreApplication::translate("main", "NAME"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QCoreApplication::translate("main", "Use LANGUAGE (system, en, de, he) for this session without saving it."),
        QCoreApplication::translate("main", "LANGUAGE"));
    const QCommandLineOption runOption(
        QStringLiteral("run"),
        QCoreApplication::translate("main", "Open the run in FOLDER: its curves in the Training tab, ready to continue."),
        QCoreApplication::translate("main", "FOLDER"));
    const QCommandLineOption swapOption(
        QStringLiteral("swap"),
        QCoreApplication::translate("main", "Swap tab: swap the sequences A,B of the run's dataset (N = test split, or train:N)."),
        QCoreApplication::translate("main", "A,B"));
    const QCommandLineOption resampleOption(
        QStringLiteral("resample"),
        QCoreApplication::translate("main", "Resample tab: resample sequence I of the run's dataset (N = test split, or train:N)."),
        QCoreApplication::translate("main", "I"));
    const QCommandLineOption benchOption(
        QStringLiteral("bench"),
        QCoreApplication::translate("main", "Measure NAME (swap: drop to first swapped frame on screen; needs --run), "
                                            "print JSON and quit."),
        QCoreApplication::translate("main", "NAME"));
    const QCommandLineOption repeatsOption(
        QStringLiteral("bench-repeats"), QCoreApplication::translate("main", "Repeats of --bench (default 25)."),
        QCoreApplication::translate("main", "N"), QStringLiteral("25"));
    const QCommandLineOption reportOption(
        QStringLiteral("report"),
        QCoreApplication::translate("main", "Show the evaluation report FILE (report.json) in the Evaluation tab."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption sizeOption(
        QStringLiteral("window-size"),
        QCoreApplication::translate("main", "Open the window WIDTHxHEIGHT pixels large (e.g. for --screenshot)."),
        QCoreApplication::translate("main", "WIDTHxHEIGHT"));
    parser.addOptions({datasetOption, screenshotOption, tabOption, languageOption, runOption, swapOption,
                       resampleOption, benchOption, repeatsOption, reportOption, sizeOption});
    parser.process(app);
    if (parser.isSet(languageOption))
        LanguageSwitcher::instance()->apply(LanguageSwitcher::fromCode(parser.value(languageOption)));

    dbse::studio::MainWindow window;
    dbse::studio::closeOnTerminationSignals(window);
    if (parser.isSet(tabOption) && !window.showTab(parser.value(tabOption))) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "Unknown tab %1").arg(parser.value(tabOption))));
        return 3;
    }
    if (parser.isSet(runOption)) {
        const QString run = parser.value(runOption);
        if (!QFileInfo::exists(QDir(run).filePath(QStringLiteral("config.json")))) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "%1: not a run folder (no config.json)").arg(run)));
            return 3;
        }
        window.openRun(run);
    }
    QString sequenceError;
    if ((parser.isSet(swapOption) && !dbse::studio::applySwapOption(window, parser.value(swapOption), sequenceError)) ||
        (parser.isSet(resampleOption) &&
         !dbse::studio::applyResampleOption(window, parser.value(resampleOption), sequenceError))) {
        std::fprintf(stderr, "%s\n", qPrintable(sequenceError));
        return 3;
    }
    if (parser.isSet(benchOption)) {
        if (parser.value(benchOption) != QLatin1String("swap") || !parser.isSet(runOption)) {
            std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "--bench swap needs --run FOLDER")));
            return 3;
        }
        dbse::studio::scheduleSwapBench(window, parser.value(repeatsOption).toInt());
    }
    if (parser.isSet(reportOption))
        window.evaluationTab()->openReport(parser.value(reportOption));
    if (parser.isSet(screenshotOption))
        scheduleScreenshot(window, parser.value(screenshotOption));
    if (parser.isSet(sizeOption)) {
        const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
        if (size.size() == 2 && size[0].toInt() > 0 && size[1].toInt() > 0)
            window.resize(size[0].toInt(), size[1].toInt());
    }
    window.show();
    window.openDataset(parser.value(datasetOption));
    return QApplication::exec();
}
