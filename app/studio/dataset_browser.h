// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// DatasetBrowser: every sequence of one split of the open dataset as a thumbnail in an icon
// list, with a split selector, a label/class filter and a search field. The thumbnails are
// made lazily off the GUI thread by widgets::DatasetListModel; items are drag sources
// (widgets/sequence_mime.h). Retranslates itself on QEvent::LanguageChange. GUI thread only.

#include <QList>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace dbse::api {
class OpenedDataset;
}

namespace dbse::widgets {
class DatasetFilterModel;
class DatasetListModel;
class ThumbnailDelegate;
}  // namespace dbse::widgets

namespace dbse::studio {

class DatasetBrowser : public QWidget {
    Q_OBJECT

public:
    static constexpr int kThumbnailSize = 88;  // logical pixels, square

    explicit DatasetBrowser(QWidget* parent = nullptr);
    ~DatasetBrowser() override;

    // Shows the train split of `dataset` with no filter (null: empty).
    void setDataset(std::shared_ptr<const api::OpenedDataset> dataset);
    // "train" or "test"; the same as choosing it in the split selector.
    void setSplit(const QString& split);

    widgets::DatasetListModel* model() const { return model_; }
    widgets::DatasetFilterModel* filter() const { return filter_; }
    QListView* view() const { return view_; }
    QComboBox* splitBox() const { return split_; }
    QComboBox* labelBox() const { return label_; }
    QComboBox* classBox() const { return class_; }
    QLineEdit* searchField() const { return search_; }
    QString countText() const;

    // The sequences selected in the view (positions in the shown split), in selection order.
    QList<qint64> selectedSequences() const;
    // Shows `split` and selects these sequences of it (those the filter hides stay unselected),
    // scrolled into view; emits nothing.
    void selectSequences(const QString& split, const QList<qint64>& indices);

Q_SIGNALS:
    // The user changed the selection (e.g. for the latent map to highlight the same points).
    void sequencesSelected(const QString& split, const QList<qint64>& indices);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createFilterBar();
    void fillLabelBox();
    void onLabelChosen();
    void onClassChosen();
    void updateThumbnailSize();
    void fitColumns();
    void updateCount();
    void retranslateUi();

    widgets::DatasetListModel* model_ = nullptr;    // owned (child)
    widgets::DatasetFilterModel* filter_ = nullptr;  // owned (child)
    QListView* view_ = nullptr;
    widgets::ThumbnailDelegate* delegate_ = nullptr;  // owned by view_
    QComboBox* split_ = nullptr;
    QComboBox* label_ = nullptr;
    QComboBox* class_ = nullptr;
    QLineEdit* search_ = nullptr;
    QLabel* count_ = nullptr;
    bool selecting_ = false;  // selectSequences() is changing the selection
};

}  // namespace dbse::studio
