// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/dataset_option_fields.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <climits>
#include <cmath>

namespace dbse::studio {

DatasetOptionFields::DatasetOptionFields(QWidget* parent) : QWidget(parent) {
    layout_ = new QFormLayout(this);
    layout_->setContentsMargins(0, 0, 0, 0);
    layout_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

void DatasetOptionFields::setOptions(const std::vector<api::DatasetOptionInfo>& options) {
    while (layout_->rowCount() > 0) layout_->removeRow(0);
    fields_.clear();
    helpLabels_.clear();
    options_ = options;
    for (const api::DatasetOptionInfo& option : options_) {
        QWidget* field = makeField(option);
        const QString help = QString::fromStdString(option.help);
        field->setToolTip(help);
        auto* row = new QWidget;
        auto* box = new QHBoxLayout(row);
        box->setContentsMargins(0, 0, 0, 0);
        box->addWidget(field);
        auto* helpLabel = new QLabel(help);
        helpLabel->setObjectName(QStringLiteral("help_") + QString::fromStdString(option.key));
        helpLabel->setWordWrap(true);
        helpLabel->setForegroundRole(QPalette::PlaceholderText);
        helpLabels_.push_back(helpLabel);
        box->addWidget(helpLabel, 1);
        auto* label = new QLabel(QString::fromStdString(option.key));
        label->setBuddy(field);
        layout_->addRow(label, row);
        fields_.push_back(field);
    }
    alignHelp();
}

void DatasetOptionFields::alignHelp() {
    // The help comes from core in English (left to right); wrapped text would follow its own
    // direction, so it is pinned beside its field: leading edge of the current layout.
    const Qt::Alignment side = layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    for (QLabel* label : helpLabels_) label->setAlignment(Qt::AlignAbsolute | Qt::AlignVCenter | side);
}

void DatasetOptionFields::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LayoutDirectionChange) alignHelp();
    QWidget::changeEvent(event);
}

QWidget* DatasetOptionFields::makeField(const api::DatasetOptionInfo& option) {
    QWidget* field = nullptr;
    switch (option.type) {
    case api::OptionType::Integer: {
        auto* spin = new QSpinBox;
        const int lo = static_cast<int>(std::max<double>(option.min, INT_MIN + 1.0));
        const bool derived = option.default_value.empty();
        // A derived default is the value below the range, shown as "(default)".
        spin->setRange(derived ? lo - 1 : lo, static_cast<int>(std::min<double>(option.max, INT_MAX)));
        if (derived) spin->setSpecialValueText(tr("(default)"));
        spin->setValue(derived ? lo - 1 : QString::fromStdString(option.default_value).toInt());
        connect(spin, &QSpinBox::valueChanged, this, &DatasetOptionFields::changed);
        field = spin;
        break;
    }
    case api::OptionType::Real: {
        auto* spin = new QDoubleSpinBox;
        spin->setDecimals(option.max - option.min < 10 ? 3 : 2);
        spin->setRange(option.min, option.max);
        spin->setSingleStep(option.max - option.min <= 1 ? 0.05 : 1.0);
        spin->setValue(QString::fromStdString(option.default_value).toDouble());
        connect(spin, &QDoubleSpinBox::valueChanged, this, &DatasetOptionFields::changed);
        field = spin;
        break;
    }
    case api::OptionType::Choice: {
        auto* combo = new QComboBox;
        for (const std::string& choice : option.choices) combo->addItem(QString::fromStdString(choice));
        combo->setCurrentText(QString::fromStdString(option.default_value));
        connect(combo, &QComboBox::currentIndexChanged, this, &DatasetOptionFields::changed);
        field = combo;
        break;
    }
    case api::OptionType::Text: {
        auto* edit = new QLineEdit;
        edit->setPlaceholderText(tr("(default)"));
        connect(edit, &QLineEdit::textChanged, this, &DatasetOptionFields::changed);
        field = edit;
        break;
    }
    }
    field->setObjectName(QStringLiteral("option_") + QString::fromStdString(option.key));
    return field;
}

QString DatasetOptionFields::valueOf(const api::DatasetOptionInfo& option, const QWidget* field) const {
    switch (option.type) {
    case api::OptionType::Integer: {
        const auto* spin = static_cast<const QSpinBox*>(field);
        const bool derived = !spin->specialValueText().isEmpty() && spin->value() == spin->minimum();
        return derived ? QString() : QString::number(spin->value());
    }
    case api::OptionType::Real: {
        const double value = static_cast<const QDoubleSpinBox*>(field)->value();
        if (std::abs(value - std::stod(option.default_value)) < 1e-9) return QString::fromStdString(option.default_value);
        return QString::number(value, 'g', 10);
    }
    case api::OptionType::Choice:
        return static_cast<const QComboBox*>(field)->currentText();
    case api::OptionType::Text:
        return static_cast<const QLineEdit*>(field)->text().trimmed();
    }
    return {};
}

std::map<std::string, std::string> DatasetOptionFields::values() const {
    std::map<std::string, std::string> values;
    for (size_t i = 0; i < options_.size(); ++i) {
        const std::string value = valueOf(options_[i], fields_[i]).toStdString();
        if (!value.empty() && value != options_[i].default_value) values[options_[i].key] = value;
    }
    return values;
}

QWidget* DatasetOptionFields::field(const QString& key) const {
    for (size_t i = 0; i < options_.size(); ++i)
        if (QString::fromStdString(options_[i].key) == key) return fields_[i];
    return nullptr;
}

}  // namespace dbse::studio
