// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/training_settings_form.h"

#include "core/api/compute_environment.h"
#include "core/api/training_job.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <iterator>
#include <limits>

namespace dbse::studio {
namespace {

// Anchor choices in combo order; the last takes the index field.
const AnchorMode kAnchorModes[] = {AnchorMode::First, AnchorMode::Middle, AnchorMode::Last,
                                   AnchorMode::RandomPerBatch, AnchorMode::Fixed};
const Precision kPrecisions[] = {Precision::Float32, Precision::BFloat16};
const ActivationMemory kActivationModes[] = {ActivationMemory::Auto, ActivationMemory::Keep,
                                             ActivationMemory::Recompute};

void setLabel(QFormLayout* layout, QWidget* field, const QString& text) {
    if (auto* label = qobject_cast<QLabel*>(layout->labelForField(field)))
        label->setText(text);
}

}  // namespace

TrainingSettingsForm::TrainingSettingsForm(QWidget* parent) : QWidget(parent) {
    build();
    retranslateUi();
    setPreset(QStringLiteral("quick"));
}

QDoubleSpinBox* TrainingSettingsForm::realField(const char* objectName, double lo, double hi, int decimals) {
    auto* box = new QDoubleSpinBox;
    box->setObjectName(QLatin1String(objectName));
    box->setRange(lo, hi);
    box->setDecimals(decimals);
    box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    connect(box, &QDoubleSpinBox::valueChanged, this, &TrainingSettingsForm::check);
    return box;
}

QSpinBox* TrainingSettingsForm::integerField(const char* objectName, int lo, int hi) {
    auto* box = new QSpinBox;
    box->setObjectName(QLatin1String(objectName));
    box->setRange(lo, hi);
    connect(box, &QSpinBox::valueChanged, this, &TrainingSettingsForm::check);
    return box;
}

void TrainingSettingsForm::build() {
    layout_ = new QFormLayout(this);
    layout_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    presetCombo_ = new QComboBox;
    presetCombo_->setObjectName(QStringLiteral("presetCombo"));
    for (const std::string& name : api::presetNames())
        presetCombo_->addItem(QString::fromStdString(name));
    connect(presetCombo_, &QComboBox::currentTextChanged, this, &TrainingSettingsForm::setPreset);
    layout_->addRow(new QLabel, presetCombo_);
    presetDescription_ = new QLabel;
    presetDescription_->setObjectName(QStringLiteral("presetDescription"));
    presetDescription_->setWordWrap(true);
    presetDescription_->setForegroundRole(QPalette::PlaceholderText);
    layout_->addRow(presetDescription_);

    datasetEdit_ = new QLineEdit;
    datasetEdit_->setObjectName(QStringLiteral("datasetEdit"));
    connect(datasetEdit_, &QLineEdit::textChanged, this, &TrainingSettingsForm::check);
    layout_->addRow(new QLabel, datasetEdit_);

    epochs_ = integerField("epochsSpin", 1, 10000000);
    batch_ = integerField("batchSpin", 1, 1 << 20);
    lr_ = realField("lrSpin", 1e-7, 10, 7);
    alpha_ = realField("alphaSpin", 0, 1e6, 4);
    betaStatic_ = realField("betaStaticSpin", 0, 1e6, 4);
    betaDynamic_ = realField("betaDynamicSpin", 0, 1e6, 4);
    staticDim_ = integerField("staticDimSpin", 1, 4096);
    dynamicDim_ = integerField("dynamicDimSpin", 1, 4096);
    for (QWidget* field : std::initializer_list<QWidget*>{epochs_, batch_, lr_, alpha_, betaStatic_, betaDynamic_,
                                                          staticDim_, dynamicDim_})
        layout_->addRow(new QLabel, field);

    anchor_ = new QComboBox;
    anchor_->setObjectName(QStringLiteral("anchorCombo"));
    for (int i = 0; i < int(std::size(kAnchorModes)); ++i)
        anchor_->addItem(QString());
    anchorIndex_ = integerField("anchorIndexSpin", 0, 100000);
    connect(anchor_, &QComboBox::currentIndexChanged, this, [this] {
        anchorIndex_->setEnabled(kAnchorModes[anchor_->currentIndex()] == AnchorMode::Fixed);
        check();
    });
    layout_->addRow(new QLabel, anchor_);
    layout_->addRow(new QLabel, anchorIndex_);

    subtract_ = new QCheckBox;
    subtract_->setObjectName(QStringLiteral("subtractCheck"));
    staticLoss_ = new QCheckBox;
    staticLoss_->setObjectName(QStringLiteral("staticLossCheck"));
    for (QCheckBox* box : {subtract_, staticLoss_}) {
        connect(box, &QCheckBox::toggled, this, &TrainingSettingsForm::check);
        layout_->addRow(box);
    }

    device_ = new QComboBox;
    device_->setObjectName(QStringLiteral("deviceCombo"));
    device_->addItem(QStringLiteral("cpu"));
    const api::ComputeDevice compute = api::computeDevice();
    for (int i = 0; i < compute.cuda_devices; ++i)
        device_->addItem(QStringLiteral("cuda:%1").arg(i));
    connect(device_, &QComboBox::currentIndexChanged, this, &TrainingSettingsForm::check);
    precision_ = new QComboBox;
    precision_->setObjectName(QStringLiteral("precisionCombo"));
    for (int i = 0; i < int(std::size(kPrecisions)); ++i)
        precision_->addItem(QString());
    activations_ = new QComboBox;
    activations_->setObjectName(QStringLiteral("activationsCombo"));
    for (int i = 0; i < int(std::size(kActivationModes)); ++i)
        activations_->addItem(QString());
    threads_ = integerField("threadsSpin", 0, 1024);
    seed_ = integerField("seedSpin", 0, std::numeric_limits<int>::max());
    layout_->addRow(new QLabel, device_);
    layout_->addRow(new QLabel, precision_);
    layout_->addRow(new QLabel, activations_);
    layout_->addRow(new QLabel, threads_);
    layout_->addRow(new QLabel, seed_);

    problemLabel_ = new QLabel;
    problemLabel_->setObjectName(QStringLiteral("settingsProblem"));
    problemLabel_->setWordWrap(true);
    problemLabel_->setTextFormat(Qt::PlainText);
    layout_->addRow(problemLabel_);
}

void TrainingSettingsForm::setPreset(const QString& name) {
    try {
        preset_ = api::presetSettings(name.toStdString());
    } catch (const std::exception& e) {
        problem_ = QString::fromStdString(e.what());
        problemLabel_->setText(problem_);
        Q_EMIT validityChanged(false);
        return;
    }
    if (presetCombo_->currentText() != name) {
        const QSignalBlocker blocker(presetCombo_);
        presetCombo_->setCurrentText(name);
    }
    presetDescription_->setText(QString::fromStdString(preset_.description));
    loadFields(preset_);
    check();
}

void TrainingSettingsForm::loadFields(const Preset& p) {
    const QSignalBlocker blockers[] = {QSignalBlocker(epochs_), QSignalBlocker(batch_), QSignalBlocker(lr_),
                                       QSignalBlocker(alpha_), QSignalBlocker(betaStatic_),
                                       QSignalBlocker(betaDynamic_), QSignalBlocker(staticDim_),
                                       QSignalBlocker(dynamicDim_), QSignalBlocker(anchor_),
                                       QSignalBlocker(anchorIndex_), QSignalBlocker(subtract_),
                                       QSignalBlocker(staticLoss_), QSignalBlocker(device_),
                                       QSignalBlocker(precision_), QSignalBlocker(activations_),
                                       QSignalBlocker(threads_), QSignalBlocker(seed_)};
    epochs_->setValue(p.train.epochs);
    batch_->setValue(p.train.batch);
    lr_->setValue(p.train.lr);
    alpha_->setValue(p.loss.w_frame);
    betaStatic_->setValue(p.loss.w_f);
    betaDynamic_->setValue(p.loss.w_z);
    staticDim_->setValue(p.model.f_dim);
    dynamicDim_->setValue(p.model.z_dim);
    for (int i = 0; i < int(std::size(kAnchorModes)); ++i)
        if (kAnchorModes[i] == p.model.anchor.mode)
            anchor_->setCurrentIndex(i);
    anchorIndex_->setValue(p.model.anchor.index);
    anchorIndex_->setEnabled(p.model.anchor.mode == AnchorMode::Fixed);
    subtract_->setChecked(p.model.subtract_anchor);
    staticLoss_->setChecked(p.loss.static_frame_loss);
    const int device = device_->findText(QString::fromStdString(p.train.device));
    device_->setCurrentIndex(device >= 0 ? device : 0);
    for (int i = 0; i < int(std::size(kPrecisions)); ++i)
        if (kPrecisions[i] == p.train.precision)
            precision_->setCurrentIndex(i);
    for (int i = 0; i < int(std::size(kActivationModes)); ++i)
        if (kActivationModes[i] == p.train.activations)
            activations_->setCurrentIndex(i);
    threads_->setValue(p.train.threads);
    seed_->setValue(static_cast<int>(std::min<uint64_t>(p.train.seed, std::numeric_limits<int>::max())));
}

QString TrainingSettingsForm::presetName() const { return presetCombo_->currentText(); }

void TrainingSettingsForm::setDataset(const QString& spec) { datasetEdit_->setText(spec); }
QString TrainingSettingsForm::dataset() const { return datasetEdit_->text().trimmed(); }
void TrainingSettingsForm::setEpochs(int epochs) { epochs_->setValue(epochs); }
void TrainingSettingsForm::setBatch(int batch) { batch_->setValue(batch); }

RunConfig TrainingSettingsForm::runConfig() const {
    RunConfig c;
    c.dataset = dataset().toStdString();
    c.preset = preset_;
    TrainConfig& t = c.preset.train;
    t.epochs = epochs_->value();
    t.batch = batch_->value();
    t.lr = lr_->value();
    t.device = device_->currentText().toStdString();
    t.precision = kPrecisions[precision_->currentIndex()];
    t.activations = kActivationModes[activations_->currentIndex()];
    t.threads = threads_->value();
    t.seed = static_cast<uint64_t>(seed_->value());
    LossConfig& loss = c.preset.loss;
    loss.w_frame = alpha_->value();
    loss.w_f = betaStatic_->value();
    loss.w_z = betaDynamic_->value();
    loss.static_frame_loss = staticLoss_->isChecked();
    ModelConfig& model = c.preset.model;
    model.f_dim = staticDim_->value();
    model.z_dim = dynamicDim_->value();
    model.anchor.mode = kAnchorModes[anchor_->currentIndex()];
    model.anchor.index = anchorIndex_->value();
    model.subtract_anchor = subtract_->isChecked();
    const Ablation ablation = !model.subtract_anchor && !loss.static_frame_loss ? Ablation::Both
                              : !model.subtract_anchor                          ? Ablation::NoSubtraction
                              : !loss.static_frame_loss                         ? Ablation::NoStaticLoss
                                                                                : Ablation::None;
    c.ablation = toString(ablation);
    return c;
}

void TrainingSettingsForm::check() {
    const bool wasValid = isValid();
    problem_ = dataset().isEmpty() ? tr("Choose a dataset (KIND:PATH, for example builtin:shapes).")
                                   : QString::fromStdString(api::checkRunConfig(runConfig()));
    problemLabel_->setText(problem_);
    if (wasValid != isValid())
        Q_EMIT validityChanged(isValid());
}

void TrainingSettingsForm::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TrainingSettingsForm::retranslateUi() {
    setLabel(layout_, presetCombo_, tr("Preset:"));
    setLabel(layout_, datasetEdit_, tr("Dataset:"));
    datasetEdit_->setToolTip(tr("KIND:PATH, for example builtin:shapes or sprites:/data/lpc"));
    setLabel(layout_, epochs_, tr("Epochs:"));
    setLabel(layout_, batch_, tr("Batch size:"));
    setLabel(layout_, lr_, tr("Learning rate:"));
    setLabel(layout_, alpha_, tr("α static frame:"));
    alpha_->setToolTip(tr("Weight of the static-frame reconstruction term"));
    setLabel(layout_, betaStatic_, tr("β static:"));
    betaStatic_->setToolTip(tr("Weight of the KL term of the static code s"));
    setLabel(layout_, betaDynamic_, tr("β dynamic:"));
    betaDynamic_->setToolTip(tr("Weight of the KL term of the dynamic codes d against the learned prior"));
    setLabel(layout_, staticDim_, tr("Static code size:"));
    setLabel(layout_, dynamicDim_, tr("Dynamic code size:"));
    setLabel(layout_, anchor_, tr("Static element:"));
    setLabel(layout_, anchorIndex_, tr("Element index:"));
    const QString anchorNames[] = {tr("First"), tr("Middle"), tr("Last"), tr("Random per batch"), tr("Fixed index")};
    for (int i = 0; i < anchor_->count(); ++i)
        anchor_->setItemText(i, anchorNames[i]);
    subtract_->setText(tr("Subtract the static element"));
    subtract_->setToolTip(tr("The dynamic path sees each element's features minus the static element's (off: the paper's ablation)"));
    staticLoss_->setText(tr("Static-frame loss"));
    staticLoss_->setToolTip(tr("Reconstruct the static element from its own codes (off: the paper's ablation)"));
    setLabel(layout_, device_, tr("Device:"));
    setLabel(layout_, precision_, tr("Precision:"));
    precision_->setItemText(0, tr("float32"));
    precision_->setItemText(1, tr("bfloat16 autocast"));
    precision_->setToolTip(tr("bfloat16 autocast runs convolutions and matrix products in bfloat16: "
                              "faster on GPUs with bfloat16 units, usually slower on a CPU"));
    setLabel(layout_, activations_, tr("Activations:"));
    activations_->setItemText(0, tr("Auto"));
    activations_->setItemText(1, tr("Keep"));
    activations_->setItemText(2, tr("Recompute in backward"));
    activations_->setToolTip(tr("Recomputing the encoder's and decoder's activations in the backward pass "
                                "needs far less memory for about a third more computation; "
                                "Auto recomputes when they would take more than 1 GiB"));
    setLabel(layout_, threads_, tr("CPU threads:"));
    threads_->setSpecialValueText(tr("All cores"));
    setLabel(layout_, seed_, tr("Seed:"));
    if (!problem_.isEmpty())
        check();
}

}  // namespace dbse::studio
