// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/dataset_browser.h"

#include "core/api/opened_dataset.h"
#include "widgets/dataset_filter_model.h"
#include "widgets/dataset_list_model.h"
#include "widgets/thumbnail_delegate.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QScopedValueRollback>
#include <QVBoxLayout>

#include <algorithm>

namespace dbse::studio {

DatasetBrowser::DatasetBrowser(QWidget* parent)
    : QWidget(parent), model_(new widgets::DatasetListModel(this)), filter_(new widgets::DatasetFilterModel(this)) {
    setObjectName(QStringLiteral("datasetBrowser"));
    filter_->setSourceModel(model_);

    view_ = new QListView;
    view_->setObjectName(QStringLiteral("sequenceList"));
    view_->setViewMode(QListView::IconMode);
    view_->setUniformItemSizes(true);
    view_->setResizeMode(QListView::Adjust);
    view_->setMovement(QListView::Static);
    view_->setWrapping(true);
    view_->setWordWrap(true);
    view_->setTextElideMode(Qt::ElideRight);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->setDragEnabled(true);
    view_->setDragDropMode(QAbstractItemView::DragOnly);
    view_->setDefaultDropAction(Qt::CopyAction);
    view_->setFrameShape(QFrame::NoFrame);
    // Always there, so that spreading the columns (fitColumns) never toggles it.
    view_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    view_->viewport()->installEventFilter(this);
    view_->setModel(filter_);
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!selecting_)
            Q_EMIT sequencesSelected(model_->split(), selectedSequences());
    });
    delegate_ = new widgets::ThumbnailDelegate(view_);
    view_->setItemDelegate(delegate_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createFilterBar());
    layout->addWidget(view_, 1);

    connect(filter_, &QAbstractItemModel::modelReset, this, &DatasetBrowser::updateCount);
    connect(filter_, &QAbstractItemModel::rowsInserted, this, &DatasetBrowser::updateCount);
    connect(filter_, &QAbstractItemModel::rowsRemoved, this, &DatasetBrowser::updateCount);
    connect(filter_, &QAbstractItemModel::layoutChanged, this, &DatasetBrowser::updateCount);
    updateThumbnailSize();
    retranslateUi();
}

DatasetBrowser::~DatasetBrowser() = default;

QWidget* DatasetBrowser::createFilterBar() {
    auto* bar = new QWidget;
    auto* grid = new QGridLayout(bar);
    grid->setContentsMargins(8, 6, 8, 6);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);

    split_ = new QComboBox;
    split_->setObjectName(QStringLiteral("splitBox"));
    split_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    split_->setMinimumContentsLength(4);
    split_->addItem(QString(), QStringLiteral("train"));
    split_->addItem(QString(), QStringLiteral("test"));
    label_ = new QComboBox;
    label_->setObjectName(QStringLiteral("labelBox"));
    label_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    label_->setMinimumContentsLength(4);
    class_ = new QComboBox;
    class_->setObjectName(QStringLiteral("classBox"));
    class_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    class_->setMinimumContentsLength(4);
    class_->setEnabled(false);
    search_ = new QLineEdit;
    search_->setObjectName(QStringLiteral("searchField"));
    search_->setClearButtonEnabled(true);
    count_ = new QLabel;
    count_->setObjectName(QStringLiteral("sequenceCount"));
    count_->setForegroundRole(QPalette::PlaceholderText);

    grid->addWidget(split_, 0, 0);
    grid->addWidget(label_, 0, 1);
    grid->addWidget(class_, 0, 2);
    grid->addWidget(search_, 1, 0, 1, 2);
    grid->addWidget(count_, 1, 2, Qt::AlignRight | Qt::AlignVCenter);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);

    connect(split_, &QComboBox::currentIndexChanged, this, [this] { setSplit(split_->currentData().toString()); });
    connect(label_, &QComboBox::currentIndexChanged, this, &DatasetBrowser::onLabelChosen);
    connect(class_, &QComboBox::currentIndexChanged, this, &DatasetBrowser::onClassChosen);
    connect(search_, &QLineEdit::textChanged, filter_, &widgets::DatasetFilterModel::setSearchText);
    return bar;
}

void DatasetBrowser::setDataset(std::shared_ptr<const api::OpenedDataset> dataset) {
    {
        const QSignalBlocker blocker(split_);
        split_->setCurrentIndex(0);
    }
    search_->clear();
    filter_->clearLabelFilter();
    model_->setDataset(std::move(dataset), QStringLiteral("train"));
    fillLabelBox();
    retranslateUi();  // the split names carry the counts
}

void DatasetBrowser::setSplit(const QString& split) {
    const int at = split_->findData(split);
    if (at < 0)
        return;
    if (split_->currentIndex() != at)
        split_->setCurrentIndex(at);  // comes back here through currentIndexChanged
    else
        model_->setSplit(split);
}

void DatasetBrowser::fillLabelBox() {
    const QSignalBlocker blocker(label_);
    const int previous = label_->currentIndex();
    label_->clear();
    label_->addItem(tr("All sequences"), -1);
    const QStringList names = model_->labelNames();
    for (int c = 0; c < names.size(); ++c)
        label_->addItem(names[c], c);
    label_->setCurrentIndex(previous >= 0 && previous < label_->count() ? previous : 0);
    label_->setEnabled(!names.isEmpty());
    onLabelChosen();
}

void DatasetBrowser::onLabelChosen() {
    const int column = label_->currentData().toInt();
    const QSignalBlocker blocker(class_);
    class_->clear();
    if (column >= 0)
        class_->addItems(model_->classNames(column));
    class_->setEnabled(column >= 0 && class_->count() > 0);
    onClassChosen();
}

void DatasetBrowser::onClassChosen() {
    filter_->setLabelFilter(label_->currentData().toInt(), class_->isEnabled() ? class_->currentText() : QString());
}

void DatasetBrowser::updateThumbnailSize() {
    const QSize icon(kThumbnailSize, kThumbnailSize);
    view_->setIconSize(icon);
    const int text = view_->fontMetrics().lineSpacing() * 2;
    delegate_->setCellSize(QSize(kThumbnailSize + 16, kThumbnailSize + text + 8));
    fitColumns();
    model_->setThumbnailSize(icon, view_->devicePixelRatioF());
}

void DatasetBrowser::fitColumns() {
    const QSize cell = delegate_->cellSize() + QSize(8, 4);
    const int width = view_->viewport()->width();
    const int columns = std::max(1, width / cell.width());
    const QSize grid(std::max(cell.width(), width / columns), cell.height());
    if (view_->gridSize() != grid)
        view_->setGridSize(grid);
}

bool DatasetBrowser::eventFilter(QObject* watched, QEvent* event) {
    if (watched == view_->viewport() && event->type() == QEvent::Resize)
        fitColumns();  // the columns share the width, no empty strip on one side
    return QWidget::eventFilter(watched, event);
}

void DatasetBrowser::updateCount() {
    const int shown = filter_->rowCount();
    const int total = model_->rowCount();
    count_->setText(shown == total ? (total == 1 ? tr("1 sequence") : tr("%1 sequences").arg(QLocale().toString(total)))
                                   : tr("%1 of %2 shown").arg(QLocale().toString(shown), QLocale().toString(total)));
}

QString DatasetBrowser::countText() const { return count_->text(); }

QList<qint64> DatasetBrowser::selectedSequences() const {
    QList<qint64> indices;
    for (const QModelIndex& index : view_->selectionModel()->selectedIndexes())
        indices.append(index.data(widgets::DatasetListModel::SequenceIndexRole).toLongLong());
    return indices;
}

void DatasetBrowser::selectSequences(const QString& split, const QList<qint64>& indices) {
    const QScopedValueRollback<bool> guard(selecting_, true);
    if (split != model_->split())
        setSplit(split);
    QItemSelection selection;
    QModelIndex first;
    for (qint64 i : indices) {
        const QModelIndex shown = filter_->mapFromSource(model_->index(static_cast<int>(i)));
        if (!shown.isValid())
            continue;
        selection.select(shown, shown);
        if (!first.isValid())
            first = shown;
    }
    view_->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first.isValid()) {
        view_->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        view_->scrollTo(first);
    }
}

void DatasetBrowser::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    updateThumbnailSize();  // the screen, hence the device pixel ratio, is known now
}

void DatasetBrowser::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DatasetBrowser::retranslateUi() {
    const auto dataset = model_->dataset();
    auto splitText = [&](const QString& name, const char* split) {
        return dataset ? tr("%1 (%2)").arg(name, QLocale().toString(static_cast<qint64>(dataset->count(split)))) : name;
    };
    split_->setItemText(0, splitText(tr("Train"), "train"));
    split_->setItemText(1, splitText(tr("Test"), "test"));
    split_->setToolTip(tr("Which split of the dataset to browse"));
    if (label_->count() > 0)
        label_->setItemText(0, tr("All sequences"));
    label_->setToolTip(tr("Show only the sequences with one class of this label"));
    class_->setToolTip(tr("The class of the chosen label to show"));
    class_->setPlaceholderText(tr("Any class"));
    search_->setPlaceholderText(tr("Search labels…"));
    view_->setAccessibleName(tr("Sequences of the dataset"));
    updateCount();
}

}  // namespace dbse::studio
