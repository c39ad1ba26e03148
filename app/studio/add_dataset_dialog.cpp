// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/add_dataset_dialog.h"

#include "app/studio/dataset_build_job.h"
#include "app/studio/dataset_option_fields.h"
#include "core/api/dataset_build.h"
#include "widgets/sequence_grid_view.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace dbse::studio {

namespace {

constexpr int kPreviewCount = 8;
constexpr int kProgressSteps = 1000;
constexpr int kSkippedListed = 5;

QString joined(const std::vector<std::string>& texts) {
    QStringList list;
    for (const std::string& text : texts) list << QString::fromStdString(text);
    return list.join(QStringLiteral(", "));
}

QString shapeText(const std::vector<int64_t>& shape) {
    QStringList parts;
    for (int64_t size : shape) parts << QString::number(size);
    return parts.join(QStringLiteral(" × "));
}

}  // namespace

AddDatasetDialog::AddDatasetDialog(QWidget* parent) : QDialog(parent), kinds_(api::datasetKinds()) {
    setObjectName(QStringLiteral("addDatasetDialog"));
    job_ = new DatasetBuildJob(this);
    createWidgets();
    connect(job_, &DatasetBuildJob::progressChanged, this, [this](double fraction, const QString& what) {
        progress_->setValue(static_cast<int>(fraction * kProgressSteps + 0.5));
        whatLabel_->setText(what);
    });
    connect(job_, &DatasetBuildJob::finished, this, &AddDatasetDialog::buildFinished);
    connect(job_, &DatasetBuildJob::failed, this, [this](const QString& message) {
        showError(message);
        setState(State::Failed);
    });
    connect(job_, &DatasetBuildJob::cancelled, this, [this] {
        whatLabel_->setText(tr("Cancelled; nothing was cached."));
        progress_->setValue(0);
        setState(State::Cancelled);
    });
    retranslateUi();
    kindChanged();
    setState(State::Editing);
}

AddDatasetDialog::~AddDatasetDialog() = default;

void AddDatasetDialog::createWidgets() {
    kindCombo_ = new QComboBox;
    kindCombo_->setObjectName(QStringLiteral("kindCombo"));
    for (const api::DatasetKindInfo& kind : kinds_) {
        kindCombo_->addItem(QString::fromStdString(kind.name), QString::fromStdString(kind.name));
        kindCombo_->setItemData(kindCombo_->count() - 1, QString::fromStdString(kind.description), Qt::ToolTipRole);
    }
    const int builtin = kindCombo_->findData(QStringLiteral("builtin"));
    if (builtin >= 0) kindCombo_->setCurrentIndex(builtin);
    descriptionLabel_ = new QLabel;
    descriptionLabel_->setWordWrap(true);
    pathEdit_ = new QLineEdit;
    pathEdit_->setObjectName(QStringLiteral("pathEdit"));
    browseButton_ = new QPushButton;
    browseButton_->setObjectName(QStringLiteral("browseButton"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(pathEdit_, 1);
    pathRow->addWidget(browseButton_);
    onErrorCombo_ = new QComboBox;
    onErrorCombo_->setObjectName(QStringLiteral("onErrorCombo"));
    onErrorCombo_->addItem(QString(), QStringLiteral("stop"));
    onErrorCombo_->addItem(QString(), QStringLiteral("skip"));

    kindLabel_ = new QLabel;
    pathLabel_ = new QLabel;
    onErrorLabel_ = new QLabel;
    auto* form = new QFormLayout;
    form->addRow(kindLabel_, kindCombo_);
    form->addRow(QString(), descriptionLabel_);
    form->addRow(pathLabel_, pathRow);
    form->addRow(onErrorLabel_, onErrorCombo_);

    options_ = new DatasetOptionFields;
    options_->setObjectName(QStringLiteral("optionFields"));
    optionsLabel_ = new QLabel;
    auto* optionsBox = new QGroupBox;
    auto* optionsLayout = new QVBoxLayout(optionsBox);
    optionsLayout->addWidget(optionsLabel_);
    optionsLayout->addWidget(options_);
    optionsBox->setFlat(true);

    specLabel_ = new QLabel;
    specEdit_ = new QLineEdit;
    specEdit_->setObjectName(QStringLiteral("specText"));
    specEdit_->setReadOnly(true);
    auto* specRow = new QHBoxLayout;
    specRow->addWidget(specLabel_);
    specRow->addWidget(specEdit_, 1);

    errorLabel_ = new QLabel;
    errorLabel_->setObjectName(QStringLiteral("errorLabel"));
    errorLabel_->setWordWrap(true);
    errorLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errorLabel_->setStyleSheet(QStringLiteral("color: #c62828;"));
    errorLabel_->hide();

    progress_ = new QProgressBar;
    progress_->setObjectName(QStringLiteral("buildProgress"));
    progress_->setRange(0, kProgressSteps);
    cancelButton_ = new QPushButton;
    cancelButton_->setObjectName(QStringLiteral("cancelButton"));
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(progress_, 1);
    progressRow->addWidget(cancelButton_);
    whatLabel_ = new QLabel;
    whatLabel_->setObjectName(QStringLiteral("whatLabel"));
    // A long file name is cut, not allowed to widen the dialog.
    whatLabel_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(optionsBox);
    left->addStretch(1);
    left->addLayout(specRow);
    left->addWidget(errorLabel_);
    left->addLayout(progressRow);
    left->addWidget(whatLabel_);

    summaryLabel_ = new QLabel;
    summaryLabel_->setObjectName(QStringLiteral("summaryLabel"));
    summaryLabel_->setWordWrap(true);
    summaryLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summaryLabel_->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    grid_ = new widgets::SequenceGridView;
    grid_->setObjectName(QStringLiteral("previewGrid"));
    grid_->setThumbnailScale(1);
    previewArea_ = new QScrollArea;
    previewArea_->setWidgetResizable(true);
    previewArea_->setWidget(grid_);
    auto* right = new QVBoxLayout;
    right->addWidget(summaryLabel_);
    right->addWidget(previewArea_, 1);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    buildButton_ = new QPushButton;
    buildButton_->setObjectName(QStringLiteral("buildButton"));
    openButton_ = new QPushButton;
    openButton_->setObjectName(QStringLiteral("openButton"));
    closeButton_ = new QPushButton;
    closeButton_->setObjectName(QStringLiteral("closeButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(buildButton_);
    buttons->addWidget(openButton_);
    buttons->addWidget(closeButton_);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);

    connect(kindCombo_, &QComboBox::currentIndexChanged, this, &AddDatasetDialog::kindChanged);
    connect(pathEdit_, &QLineEdit::textChanged, this, &AddDatasetDialog::updateSpec);
    connect(options_, &DatasetOptionFields::changed, this, &AddDatasetDialog::updateSpec);
    connect(onErrorCombo_, &QComboBox::currentIndexChanged, this, &AddDatasetDialog::updateSpec);
    connect(browseButton_, &QPushButton::clicked, this, &AddDatasetDialog::browse);
    connect(buildButton_, &QPushButton::clicked, this, &AddDatasetDialog::build);
    connect(cancelButton_, &QPushButton::clicked, this, &AddDatasetDialog::cancelBuild);
    connect(openButton_, &QPushButton::clicked, this, &AddDatasetDialog::openBuilt);
    connect(closeButton_, &QPushButton::clicked, this, &QDialog::reject);

    const QFontMetrics metrics(font());
    resize(metrics.averageCharWidth() * 150, metrics.lineSpacing() * 34);
}

void AddDatasetDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QDialog::changeEvent(event);
}

void AddDatasetDialog::retranslateUi() {
    setWindowTitle(tr("Add Dataset"));
    kindLabel_->setText(tr("&Kind:"));
    kindLabel_->setBuddy(kindCombo_);
    pathLabel_->setText(tr("&Path:"));
    pathLabel_->setBuddy(pathEdit_);
    browseButton_->setText(tr("&Browse…"));
    onErrorLabel_->setText(tr("On a &bad file:"));
    onErrorLabel_->setBuddy(onErrorCombo_);
    onErrorCombo_->setItemText(0, tr("Stop and show the error"));
    onErrorCombo_->setItemText(1, tr("Skip it and carry on"));
    optionsLabel_->setText(tr("Preprocessing options (defaults are left out of the dataset text):"));
    specLabel_->setText(tr("Dataset:"));
    cancelButton_->setText(tr("&Cancel Build"));
    buildButton_->setText(tr("B&uild"));
    openButton_->setText(tr("&Open"));
    closeButton_->setText(tr("Close"));
    grid_->setToolTip(tr("The first sequences of the training split"));
    kindChanged();
}

const api::DatasetKindInfo* AddDatasetDialog::currentKind() const {
    const QString name = kindCombo_->currentData().toString();
    for (const api::DatasetKindInfo& kind : kinds_)
        if (QString::fromStdString(kind.name) == name) return &kind;
    return nullptr;
}

void AddDatasetDialog::kindChanged() {
    const api::DatasetKindInfo* kind = currentKind();
    if (!kind) return;
    descriptionLabel_->setText(QString::fromStdString(kind->description));
    const auto type = kind->form.path_type;
    browseButton_->setVisible(type != api::DatasetPathType::Name);
    if (type == api::DatasetPathType::Name) {
        pathEdit_->setPlaceholderText(joined(kind->form.names));
        const QString path = pathEdit_->text();
        const auto& names = kind->form.names;
        if (std::find(names.begin(), names.end(), path.toStdString()) == names.end() && !names.empty())
            pathEdit_->setText(QString::fromStdString(names.front()));
    } else {
        pathEdit_->setPlaceholderText(type == api::DatasetPathType::File ? tr("a file") : tr("a folder"));
        // A builtin name left from the previous kind is no file or folder.
        const std::string path = pathEdit_->text().toStdString();
        for (const api::DatasetKindInfo& other : kinds_) {
            const auto& names = other.form.names;
            if (other.form.path_type == api::DatasetPathType::Name && std::find(names.begin(), names.end(), path) != names.end())
                pathEdit_->clear();
        }
    }
    options_->setOptions(kind->form.options);
    updateSpec();
}

void AddDatasetDialog::browse() {
    const api::DatasetKindInfo* kind = currentKind();
    if (!kind) return;
    QString chosen;
    if (kind->form.path_type == api::DatasetPathType::File) {
        const QString filter = QString::fromStdString(kind->form.file_filter);
        chosen = QFileDialog::getOpenFileName(this, tr("Choose the Dataset File"), pathEdit_->text(),
                                              (filter.isEmpty() ? QString() : filter + QStringLiteral(";;")) +
                                                  tr("All files (*)"));
    } else {
        chosen = QFileDialog::getExistingDirectory(this, tr("Choose the Dataset Folder"), pathEdit_->text());
    }
    if (!chosen.isEmpty()) pathEdit_->setText(chosen);
}

QString AddDatasetDialog::specText() const {
    const api::DatasetKindInfo* kind = currentKind();
    if (!kind) return {};
    QString spec = QString::fromStdString(api::composeDatasetSpec(*kind, pathEdit_->text().trimmed().toStdString(), options_->values()));
    // Skipping travels in the spec, so that opening and training load the dataset the same way.
    if (onErrorCombo_->currentData().toString() == QStringLiteral("skip"))
        spec += (spec.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?")) + QStringLiteral("on_error=skip");
    return spec;
}

void AddDatasetDialog::updateSpec() {
    specEdit_->setText(specText());
    if (state_ == State::Built && specText() != builtSpec_) setState(State::Editing);
    if (state_ == State::Built || state_ == State::Building) return;
    errorLabel_->hide();
}

bool AddDatasetDialog::setKind(const QString& name) {
    const int index = kindCombo_->findData(name);
    if (index < 0) return false;
    kindCombo_->setCurrentIndex(index);
    return true;
}

QString AddDatasetDialog::kind() const { return kindCombo_->currentData().toString(); }
void AddDatasetDialog::setPath(const QString& path) { pathEdit_->setText(path); }
void AddDatasetDialog::setSkipBadFiles(bool skip) { onErrorCombo_->setCurrentIndex(skip ? 1 : 0); }
QString AddDatasetDialog::errorText() const { return errorLabel_->isHidden() ? QString() : errorLabel_->text(); }
QString AddDatasetDialog::summaryText() const { return summaryLabel_->text(); }
QString AddDatasetDialog::progressText() const { return whatLabel_->text(); }
int AddDatasetDialog::progressPercent() const { return progress_->value() * 100 / kProgressSteps; }

QStringList AddDatasetDialog::kindNames() const {
    QStringList names;
    for (const api::DatasetKindInfo& kind : kinds_) names << QString::fromStdString(kind.name);
    return names;
}

void AddDatasetDialog::showError(const QString& message) {
    errorLabel_->setText(message);
    errorLabel_->show();
}

void AddDatasetDialog::setState(State state) {
    state_ = state;
    const bool building = state == State::Building;
    for (QWidget* input : {static_cast<QWidget*>(kindCombo_), static_cast<QWidget*>(pathEdit_),
                           static_cast<QWidget*>(browseButton_), static_cast<QWidget*>(onErrorCombo_),
                           static_cast<QWidget*>(options_)})
        input->setEnabled(!building);
    buildButton_->setEnabled(!building);
    cancelButton_->setEnabled(building);
    openButton_->setEnabled(state == State::Built);
    openButton_->setDefault(state == State::Built);
    buildButton_->setDefault(state != State::Built);
    Q_EMIT stateChanged(state);
}

void AddDatasetDialog::build() {
    const api::DatasetKindInfo* kind = currentKind();
    if (!kind || job_->isRunning()) return;
    summaryLabel_->clear();
    grid_->clear();
    progress_->setValue(0);
    whatLabel_->clear();
    const std::string problem = api::datasetPathProblem(*kind, pathEdit_->text().trimmed().toStdString());
    if (!problem.empty()) {
        showError(QString::fromStdString(problem));
        setState(State::Failed);
        return;
    }
    errorLabel_->hide();
    api::DatasetBuildRequest request;
    request.spec = specText().toStdString();
    request.skip_bad_files = onErrorCombo_->currentData().toString() == QStringLiteral("skip");
    request.preview_count = kPreviewCount;
    whatLabel_->setText(tr("Starting…"));
    job_->start(std::move(request));
    setState(State::Building);
}

void AddDatasetDialog::cancelBuild() { job_->cancel(); }

void AddDatasetDialog::buildFinished() {
    const api::DatasetBuildSummary& s = job_->summary();
    builtSpec_ = QString::fromStdString(s.spec);
    progress_->setValue(kProgressSteps);
    whatLabel_->setText(tr("Done."));
    QStringList lines;
    lines << tr("Training sequences: %1, test sequences: %2").arg(s.train_count).arg(s.test_count);
    lines << (s.video ? tr("Each sequence: %1 (frames × channels × height × width)")
                      : tr("Each sequence: %1 (steps × features)"))
                 .arg(shapeText(s.sequence_shape));
    lines << tr("Static labels: %1").arg(s.static_labels.empty() ? tr("none") : joined(s.static_labels));
    lines << tr("Dynamic labels: %1").arg(s.dynamic_labels.empty() ? tr("none") : joined(s.dynamic_labels));
    if (!s.skipped.empty()) {
        lines << tr("Skipped %n bad file(s):", nullptr, static_cast<int>(s.skipped.size()));
        for (size_t i = 0; i < s.skipped.size() && i < size_t(kSkippedListed); ++i)
            lines << QStringLiteral("  ") + QString::fromStdString(s.skipped[i]);
    }
    lines << (s.cache_file.empty() ? tr("Not cached (this kind loads fast from its source).")
                                   : tr("Cache: %1").arg(QString::fromStdString(s.cache_file)));
    summaryLabel_->setText(lines.join(QLatin1Char('\n')));
    grid_->setPreview(s.preview);
    setState(State::Built);
}

void AddDatasetDialog::openBuilt() {
    if (state_ != State::Built) return;
    Q_EMIT openRequested(builtSpec_);
    accept();
}

void AddDatasetDialog::done(int result) {
    job_->cancel();
    QDialog::done(result);
}

}  // namespace dbse::studio
