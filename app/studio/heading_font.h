// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Heading fonts derived from the widget's own font, so they follow the desktop's font and scale.

#include <QFont>

namespace dbse::studio {

// `font` enlarged by `factor` and made semi-bold, whether it is sized in points or pixels.
inline QFont headingFont(QFont font, qreal factor) {
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setWeight(QFont::DemiBold);
    return font;
}

}  // namespace dbse::studio
