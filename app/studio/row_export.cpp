// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/row_export.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStringList>

namespace dbse::studio {
namespace {

QString describeType(const QString& extension) {
    if (extension == QLatin1String(".gif"))
        return QCoreApplication::translate("RowExport", "Animated GIF (*.gif)");
    if (extension == QLatin1String(".mp4"))
        return QCoreApplication::translate("RowExport", "MP4 video (*.mp4)");
    if (extension == QLatin1String(".png"))
        return QCoreApplication::translate("RowExport", "PNG strip (*.png)");
    if (extension == QLatin1String(".wav"))
        return QCoreApplication::translate("RowExport", "WAV sound, rows one after another (*.wav)");
    if (extension == QLatin1String(".csv"))
        return QCoreApplication::translate("RowExport", "CSV in the dataset's units (*.csv)");
    return QCoreApplication::translate("RowExport", "NumPy array (*.npy)");
}

}  // namespace

QString askExportFile(QWidget* parent, const api::RowSet& rows, const QString& baseName) {
    if (rows.rows.empty())
        return {};
    QStringList filters, extensions;
    for (const std::string& type : api::exportTypes(rows.modality)) {
        extensions << QString::fromStdString(type);
        filters << describeType(extensions.back());
    }
    QString chosenFilter = filters.first();
    QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("RowExport", "Export rows"),
        QDir::home().filePath(baseName + extensions.first()), filters.join(QStringLiteral(";;")), &chosenFilter);
    if (path.isEmpty())
        return {};
    if (!extensions.contains(QLatin1Char('.') + QFileInfo(path).suffix().toLower()))
        path += extensions.value(int(filters.indexOf(chosenFilter)), extensions.first());
    return path;
}

}  // namespace dbse::studio
