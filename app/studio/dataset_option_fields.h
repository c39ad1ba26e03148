// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// DatasetOptionFields: one validated input per option of a dataset kind's form — QSpinBox or
// QDoubleSpinBox limited to the option's range, QComboBox of its choices, QLineEdit for text —
// each with the option's help beside it. GUI thread only.

#include "core/api/dataset_kinds.h"

#include <QWidget>

#include <map>
#include <string>
#include <vector>

class QFormLayout;
class QLabel;

namespace dbse::studio {

class DatasetOptionFields : public QWidget {
    Q_OBJECT

public:
    explicit DatasetOptionFields(QWidget* parent = nullptr);

    // Replaces the fields by those of `options`, each at its default.
    void setOptions(const std::vector<api::DatasetOptionInfo>& options);
    // key -> value as written in a spec; options at their default are left out.
    std::map<std::string, std::string> values() const;
    // The input of option `key` (objectName "option_<key>"), or nullptr.
    QWidget* field(const QString& key) const;
    int count() const { return static_cast<int>(options_.size()); }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void alignHelp();
    QWidget* makeField(const api::DatasetOptionInfo& option);
    QString valueOf(const api::DatasetOptionInfo& option, const QWidget* field) const;

    QFormLayout* layout_ = nullptr;
    std::vector<api::DatasetOptionInfo> options_;
    std::vector<QWidget*> fields_;  // parallel to options_; children of this widget
    std::vector<QLabel*> helpLabels_;  // parallel to options_; children of this widget
};

}  // namespace dbse::studio
