// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/run_compare_dialog.h"

#include "widgets/loss_curves_plot.h"
#include "widgets/run_metrics.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMap>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dbse::studio {
namespace {

constexpr qint64 kMaxConfigBytes = 1 << 20;

// "preset.train.lr" -> its value as compact JSON text, for every leaf of `value`.
void flatten(const QString& prefix, const QJsonValue& value, QMap<QString, QString>& out) {
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(), it.value(), out);
        return;
    }
    if (value.isArray())
        out[prefix] = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else if (value.isString())
        out[prefix] = value.toString();
    else if (value.isBool())
        out[prefix] = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (value.isDouble())
        out[prefix] = QString::number(value.toDouble(), 'g', 10);
    else
        out[prefix] = QStringLiteral("null");
}

// The settings of config.json in `run` as flat keys; `error` set when it cannot be read.
QMap<QString, QString> flatConfig(const QString& run, QString& error) {
    QMap<QString, QString> out;
    QFile file(QDir(run).filePath(QStringLiteral("config.json")));
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxConfigBytes) {
        error = RunCompareDialog::tr("%1: cannot be read").arg(QDir::toNativeSeparators(file.fileName()));
        return out;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (!doc.isObject()) {
        error = RunCompareDialog::tr("%1: not valid JSON (%2)").arg(QDir::toNativeSeparators(file.fileName()), parse.errorString());
        return out;
    }
    flatten(QString(), doc.object(), out);
    out.remove(QStringLiteral("preset.description"));
    return out;
}

}  // namespace

RunCompareDialog::RunCompareDialog(const QString& runA, const QString& runB, QWidget* parent)
    : QDialog(parent), runs_{runA, runB}, names_{QFileInfo(runA).fileName(), QFileInfo(runB).fileName()} {
    setObjectName(QStringLiteral("runCompareDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    title_ = new QLabel;
    title_->setTextFormat(Qt::PlainText);
    title_->setWordWrap(true);
    problems_ = new QLabel;
    problems_->setTextFormat(Qt::PlainText);
    problems_->setWordWrap(true);
    curves_ = new widgets::LossCurvesPlot;
    settings_ = new QTreeWidget;
    settings_->setObjectName(QStringLiteral("differingSettings"));
    settings_->setColumnCount(3);
    settings_->setRootIsDecorated(false);
    settings_->setAlternatingRowColors(true);
    settings_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(curves_);
    splitter->addWidget(settings_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(problems_);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons_);
    const QFontMetrics metrics(font());
    resize(metrics.averageCharWidth() * 120, metrics.lineSpacing() * 40);
    load();
    retranslateUi();
}

void RunCompareDialog::load() {
    const Qt::PenStyle train[2] = {Qt::SolidLine, Qt::DotLine};
    const Qt::PenStyle validation[2] = {Qt::DashLine, Qt::DashDotLine};
    QStringList problems;
    for (int r = 0; r < 2; ++r) {
        series_[2 * r] = curves_->addSeries(QString(), train[r], false);
        series_[2 * r + 1] = curves_->addSeries(QString(), validation[r], true);
        QString error;
        for (const widgets::EpochMetrics& m : widgets::readRunMetrics(runs_[r], &error)) {
            curves_->append(series_[2 * r], m.epoch, m.train);
            if (m.validation)
                curves_->append(series_[2 * r + 1], m.epoch, *m.validation);
        }
        if (!error.isEmpty())
            problems << error;
    }
    QString errorA, errorB;
    const QMap<QString, QString> a = flatConfig(runs_[0], errorA), b = flatConfig(runs_[1], errorB);
    for (const QString& e : {errorA, errorB})
        if (!e.isEmpty())
            problems << e;
    QStringList keys = a.keys();
    for (const QString& key : b.keys())
        if (!a.contains(key))
            keys << key;
    keys.sort();
    for (const QString& key : keys)
        if (a.value(key) != b.value(key))
            new QTreeWidgetItem(settings_, {key, a.value(key, QStringLiteral("—")), b.value(key, QStringLiteral("—"))});
    problems_->setText(problems.join(QLatin1Char('\n')));
    problems_->setVisible(!problems.isEmpty());
}

QStringList RunCompareDialog::differences() const {
    QStringList lines;
    for (int i = 0; i < settings_->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = settings_->topLevelItem(i);
        lines << item->text(0) + QStringLiteral(": ") + item->text(1) + QStringLiteral(" | ") + item->text(2);
    }
    return lines;
}

void RunCompareDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RunCompareDialog::retranslateUi() {
    setWindowTitle(tr("Compare Runs"));
    title_->setText(tr("A: %1    B: %2").arg(QDir::toNativeSeparators(runs_[0]), QDir::toNativeSeparators(runs_[1])));
    curves_->setSeriesName(series_[0], tr("A train"));
    curves_->setSeriesName(series_[1], tr("A validation"));
    curves_->setSeriesName(series_[2], tr("B train"));
    curves_->setSeriesName(series_[3], tr("B validation"));
    settings_->setHeaderLabels({tr("Setting that differs"), tr("A: %1").arg(names_[0]), tr("B: %1").arg(names_[1])});
}

}  // namespace dbse::studio
