// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TrainingSettingsForm: the settings of a new run: a preset, then the hyperparameters a user
// changes most (epochs, batch, learning rate, alpha, the two betas, the code sizes, the anchor,
// the ablation switches, device, threads, seed) and the dataset. Every edit is checked at once
// (api::checkRunConfig); the message names the field. Retranslates itself on
// QEvent::LanguageChange. GUI thread only.

#include "core/model/config.h"
#include "core/train/run_folder.h"

#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dbse::studio {

class TrainingSettingsForm : public QWidget {
    Q_OBJECT

public:
    explicit TrainingSettingsForm(QWidget* parent = nullptr);

    // Loads the preset `name` into the fields (an unknown name shows the error).
    void setPreset(const QString& name);
    QString presetName() const;
    void setDataset(const QString& spec);
    QString dataset() const;
    void setEpochs(int epochs);
    void setBatch(int batch);

    // The run these fields describe (the preset with the fields applied).
    RunConfig runConfig() const;
    // Empty when runConfig() can train, else the problem.
    QString problem() const { return problem_; }
    bool isValid() const { return problem_.isEmpty(); }

Q_SIGNALS:
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void loadFields(const Preset& preset);
    void check();
    void retranslateUi();
    QDoubleSpinBox* realField(const char* objectName, double lo, double hi, int decimals);
    QSpinBox* integerField(const char* objectName, int lo, int hi);

    Preset preset_;  // the chosen preset as loaded; the fields override parts of it
    QString problem_;
    QFormLayout* layout_ = nullptr;
    QComboBox* presetCombo_ = nullptr;
    QLabel* presetDescription_ = nullptr;
    QLineEdit* datasetEdit_ = nullptr;
    QSpinBox* epochs_ = nullptr;
    QSpinBox* batch_ = nullptr;
    QDoubleSpinBox* lr_ = nullptr;
    QDoubleSpinBox* alpha_ = nullptr;
    QDoubleSpinBox* betaStatic_ = nullptr;
    QDoubleSpinBox* betaDynamic_ = nullptr;
    QSpinBox* staticDim_ = nullptr;
    QSpinBox* dynamicDim_ = nullptr;
    QComboBox* anchor_ = nullptr;
    QSpinBox* anchorIndex_ = nullptr;
    QCheckBox* subtract_ = nullptr;
    QCheckBox* staticLoss_ = nullptr;
    QComboBox* device_ = nullptr;
    QComboBox* precision_ = nullptr;
    QComboBox* activations_ = nullptr;
    QSpinBox* threads_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QLabel* problemLabel_ = nullptr;
};

}  // namespace dbse::studio
