// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dbse-studio window shell: the central tabs and their Ctrl+1..5 shortcuts, Ctrl+P for
// play/pause, recent datasets, the dock layout surviving a restart through QSettings, and
// switching the language at run time (German texts; Hebrew right to left and back), directly
// and through the Settings dialog.

#include "app/studio/central_tabs.h"
#include "app/studio/language_switcher.h"
#include "app/studio/main_window.h"
#include "app/studio/recent_menu.h"
#include "app/studio/settings_dialog.h"
#include "app/studio/status_indicators.h"
#include "temporary_settings.h"
#include "widgets/sequence_grid_view.h"
#include "widgets/sequence_player.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace dbse::studio;

class TestStudioShell : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(settings_.isValid()); }
    void init() {
        settings_.clear();
        LanguageSwitcher::instance()->apply(Language::English);
    }

    void tabsExistAndCtrlNumberSwitches() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        CentralTabs* tabs = window.tabs();
        QCOMPARE(tabs->count(), 5);
        const QStringList titles{QStringLiteral("&Training"), QStringLiteral("&Latent map"), QStringLiteral("&Swap"),
                                 QStringLiteral("&Resample"), QStringLiteral("&Evaluation")};
        for (int i = 0; i < tabs->count(); ++i) {
            QCOMPARE(tabs->tabText(i), titles[i]);
            QCOMPARE(CentralTabs::indexOfId(CentralTabs::tabIds()[i]), i);
        }
        // From the last tab backwards, so that each shortcut really changes the tab.
        for (int i = tabs->count() - 1; i >= 0; --i) {
            QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(tabs->currentIndex(), i);
            // Every tab is its real view (each has its own test: test_training_tab,
            // test_latent_map, test_swap_tab, test_evaluation_tab).
            const QStringList pageNames{QStringLiteral("trainingTab"), QStringLiteral("latent-mapTab"),
                                        QStringLiteral("swapTab"), QStringLiteral("resampleTab"),
                                        QStringLiteral("evaluationTab")};
            QCOMPARE(tabs->currentWidget()->objectName(), pageNames[i]);
            QVERIFY(!tabs->currentWidget()->findChild<QLabel*>(QStringLiteral("placeholderText")));
        }
        QVERIFY(window.showTab(QStringLiteral("swap")));
        QCOMPARE(tabs->currentIndex(), 2);
        QVERIFY(!window.showTab(QStringLiteral("nosuchtab")));
        QCOMPARE(tabs->currentIndex(), 2);
    }

    void ctrlPPlaysAndPausesAndRecentDatasetsReopen() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy shown(&window, &MainWindow::previewShown);
        window.openDataset(QStringLiteral("builtin:shapes"), 4);
        QVERIFY(shown.wait(60000));
        QVERIFY(window.grid()->isPlaying());
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
        QVERIFY(!window.grid()->isPlaying());
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
        QVERIFY(window.grid()->isPlaying());

        auto* recent = window.findChild<RecentMenu*>(QStringLiteral("recentDatasetsMenu"));
        QVERIFY(recent);
        QCOMPARE(recent->items(), QStringList{QStringLiteral("builtin:shapes")});
        recent->actions().front()->trigger();
        QCOMPARE(window.state(), MainWindow::State::Loading);
        QVERIFY(shown.wait(60000));
        QCOMPARE(window.datasetSpec(), QStringLiteral("builtin:shapes"));
    }

    void statusBarShowsDeviceMemoryAndRun() {
        MainWindow window;
        window.show();
        StatusIndicators* indicators = window.indicators();
        QVERIFY2(indicators->deviceText().startsWith(QStringLiteral("CPU")) || indicators->deviceText().startsWith(QStringLiteral("GPU")),
                 qPrintable(indicators->deviceText()));
        QVERIFY2(indicators->memoryText().contains(QStringLiteral("MiB")), qPrintable(indicators->memoryText()));
        QCOMPARE(indicators->runText(), QStringLiteral("No run open"));
        indicators->setRun(QStringLiteral("r1"), 3, 10);
        QCOMPARE(indicators->runText(), QStringLiteral("Run r1: 3 of 10 epochs"));
    }

    void followsTheApplicationPalette() {
        const QPalette original = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(32, 32, 36));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::Base, QColor(24, 24, 28));
        dark.setColor(QPalette::AlternateBase, QColor(36, 36, 40));
        dark.setColor(QPalette::Text, QColor(240, 240, 240));
        dark.setColor(QPalette::Button, QColor(45, 45, 50));
        dark.setColor(QPalette::ButtonText, QColor(240, 240, 240));
        dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
        QApplication::setPalette(dark);
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // The share of dark pixels in what each part paints.
            auto darkShare = [](QWidget* widget) {
                const QImage image = widget->grab().toImage();
                int dark = 0, total = 0;
                for (int y = 0; y < image.height(); y += 3)
                    for (int x = 0; x < image.width(); x += 3, ++total)
                        dark += image.pixelColor(x, y).value() < 80;
                return total > 0 ? double(dark) / total : 0.0;
            };
            QVERIFY2(darkShare(window.tabs()) > 0.8, "the tabs do not follow the palette");
            QVERIFY2(darkShare(window.runsDock()) > 0.8, "the Runs dock does not follow the palette");
            QVERIFY2(darkShare(window.datasetsDock()) > 0.8, "the Datasets dock does not follow the palette");
            QVERIFY2(darkShare(window.statusBar()) > 0.6, "the status bar does not follow the palette");
        }
        QApplication::setPalette(original);
    }

    void dockLayoutRoundTripsThroughSettings() {
        QByteArray savedGeometry;
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(window.dockWidgetArea(window.runsDock()), Qt::RightDockWidgetArea);
            QCOMPARE(window.dockWidgetArea(window.datasetsDock()), Qt::LeftDockWidgetArea);
            window.addDockWidget(Qt::BottomDockWidgetArea, window.runsDock());
            window.datasetsDock()->hide();
            window.resize(900, 640);
            window.close();  // saves the layout
        }
        QVERIFY(QSettings().contains(QStringLiteral("window/state")));
        MainWindow restored;
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        QCOMPARE(restored.dockWidgetArea(restored.runsDock()), Qt::BottomDockWidgetArea);
        QVERIFY(restored.datasetsDock()->isHidden());
        QVERIFY(restored.runsDock()->isVisible());
        QCOMPARE(restored.size(), QSize(900, 640));
    }

    void withoutSavedSettingsTheDefaultLayoutIsUsed() {
        MainWindow window;
        QVERIFY(!window.restoreLayout());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.datasetsDock()->isVisible());
        QVERIFY(window.runsDock()->isVisible());
    }

    void germanRetranslatesTheVisibleWindow() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.datasetsDock()->windowTitle(), QStringLiteral("Datasets"));
        QCOMPARE(window.runsDock()->windowTitle(), QStringLiteral("Runs"));
        LanguageSwitcher::instance()->setLanguage(Language::German);
        QTRY_VERIFY(window.datasetsDock()->windowTitle() != QStringLiteral("Datasets"));
        QCOMPARE(window.datasetsDock()->windowTitle(), QStringLiteral("Datensätze"));
        QCOMPARE(window.menuBar()->actions().front()->text(), QStringLiteral("&Datei"));
        // The English row names of core, as the player shows them.
        QCOMPARE(dbse::widgets::SequencePlayer::shownRowName("static A + dynamic B"), QStringLiteral("statisch A + dynamisch B"));
        QCOMPARE(dbse::widgets::SequencePlayer::shownRowName("sample 12"), QStringLiteral("Ziehung 12"));
        QCOMPARE(dbse::widgets::SequencePlayer::shownRowName("sample x"), QStringLiteral("sample x"));
        QCOMPARE(dbse::widgets::SequencePlayer::shownRowName("A"), QStringLiteral("A"));
        QCOMPARE(window.layoutDirection(), Qt::LeftToRight);
        QCOMPARE(LanguageSwitcher::savedLanguage(), Language::German);
        LanguageSwitcher::instance()->setLanguage(Language::English);
        QTRY_COMPARE(window.datasetsDock()->windowTitle(), QStringLiteral("Datasets"));
    }

    void hebrewIsRightToLeftAndEnglishRestoresIt() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString training = window.tabs()->tabText(0);
        const QString runs = window.runsDock()->windowTitle();
        QCOMPARE(window.layoutDirection(), Qt::LeftToRight);

        LanguageSwitcher::instance()->setLanguage(Language::Hebrew);
        QTRY_COMPARE(window.layoutDirection(), Qt::RightToLeft);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        // LanguageChange reaches the widgets through the event loop.
        QTRY_VERIFY(window.tabs()->tabText(0) != training);
        QVERIFY(!window.tabs()->tabText(0).isEmpty());
        QVERIFY(window.runsDock()->windowTitle() != runs);
        QVERIFY(window.grid()->accessibleName() != QStringLiteral("Sequences"));  // dbse_widgets too
        // Hebrew letters, not a fallback to English.
        QVERIFY(window.runsDock()->windowTitle().front().script() == QChar::Script_Hebrew);
        QCOMPARE(LanguageSwitcher::savedLanguage(), Language::Hebrew);

        LanguageSwitcher::instance()->setLanguage(Language::English);
        QTRY_COMPARE(window.layoutDirection(), Qt::LeftToRight);
        QTRY_COMPARE(window.tabs()->tabText(0), training);
        QCOMPARE(window.runsDock()->windowTitle(), runs);
    }

    void settingsDialogSwitchesTheLanguage() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        {
            SettingsDialog dialog(&window);
            QComboBox* box = dialog.languageBox();
            QCOMPARE(box->count(), 4);
            QCOMPARE(box->itemText(3), QStringLiteral("עברית"));
            box->setCurrentIndex(box->findData(QStringLiteral("he")));
            dialog.accept();
        }
        QTRY_COMPARE(window.layoutDirection(), Qt::RightToLeft);
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("he"));
        {
            SettingsDialog dialog(&window);
            QCOMPARE(dialog.languageBox()->currentData().toString(), QStringLiteral("he"));
            QCOMPARE(dialog.layoutDirection(), Qt::RightToLeft);
            dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("en")));
            dialog.accept();
        }
        QTRY_COMPARE(window.layoutDirection(), Qt::LeftToRight);
        QTRY_COMPARE(window.runsDock()->windowTitle(), QStringLiteral("Runs"));
    }

private:
    TemporarySettings settings_;
};

QTEST_MAIN(TestStudioShell)
#include "test_studio_shell.moc"
