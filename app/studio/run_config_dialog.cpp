// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/run_config_dialog.h"

#include "widgets/bidi_text.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace dbse::studio {
namespace {
constexpr qint64 kMaxConfigBytes = 1 << 20;
}

RunConfigDialog::RunConfigDialog(const QString& runFolder, QWidget* parent)
    : QDialog(parent), folder_(QFileInfo(runFolder).absoluteFilePath()) {
    setObjectName(QStringLiteral("runConfigDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    pathLabel_ = new QLabel;
    pathLabel_->setWordWrap(true);
    pathLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text_ = new QPlainTextEdit;
    text_->setObjectName(QStringLiteral("runConfigText"));
    text_->setReadOnly(true);
    text_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text_->setLineWrapMode(QPlainTextEdit::NoWrap);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pathLabel_);
    layout->addWidget(text_, 1);
    layout->addWidget(buttons_);
    const QFontMetrics metrics(text_->font());
    resize(metrics.horizontalAdvance(QLatin1Char('m')) * 80, metrics.lineSpacing() * 32);
    load();
    retranslateUi();
}

QString RunConfigDialog::configText() const { return text_->toPlainText(); }

void RunConfigDialog::load() {
    QFile file(QDir(folder_).filePath(QStringLiteral("config.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        loadError_ = file.fileName() + QStringLiteral(": ") + file.errorString();
        return;
    }
    if (file.size() > kMaxConfigBytes) {
        loadError_ = file.fileName();
        return;
    }
    const QByteArray bytes = file.readAll();
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    // Shown as stored when it is not valid JSON, so the user can see what is wrong.
    text_->setPlainText(doc.isNull() ? QString::fromUtf8(bytes) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

void RunConfigDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RunConfigDialog::retranslateUi() {
    setWindowTitle(tr("Run %1 — configuration").arg(QFileInfo(folder_).fileName()));
    pathLabel_->setText(loadError_.isEmpty() ? tr("The settings that made the run in %1 (read only):").arg(widgets::isolated(QDir::toNativeSeparators(folder_)))
                                             : tr("The configuration could not be read: %1").arg(widgets::isolated(loadError_)));
}

}  // namespace dbse::studio
