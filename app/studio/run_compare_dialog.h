// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RunCompareDialog: two runs side by side: the loss curves of both per epoch (train and
// validation, one line style each per run) and the settings in which their config.json files
// differ. Non-modal; deletes itself when closed. Retranslates itself on
// QEvent::LanguageChange. GUI thread only.

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace dbse::widgets {
class LossCurvesPlot;
}

namespace dbse::studio {

class RunCompareDialog : public QDialog {
    Q_OBJECT

public:
    RunCompareDialog(const QString& runA, const QString& runB, QWidget* parent = nullptr);

    widgets::LossCurvesPlot* curves() const { return curves_; }
    // The differing settings as "key: value in A | value in B" lines, sorted by key.
    QStringList differences() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void load();
    void retranslateUi();

    QString runs_[2];
    QString names_[2];
    widgets::LossCurvesPlot* curves_ = nullptr;
    QTreeWidget* settings_ = nullptr;
    QLabel* title_ = nullptr;
    QLabel* problems_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
    int series_[4] = {-1, -1, -1, -1};  // A train, A validation, B train, B validation
};

}  // namespace dbse::studio
