// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Frame conversion (api bytes -> QImage) and the caption/tooltip text built from labels.

#include "preview_fixture.h"
#include "widgets/sequence_frames.h"
#include "widgets/sequence_labels.h"

#include <QTest>

#include <algorithm>
#include <memory>

using namespace dbse;

class TestSequenceFrames : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pixelsLandWhereExpected_data() {
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("width");
        QTest::newRow("square") << 16 << 16;
        QTest::newRow("odd width, unaligned rows") << 3 << 5;
        QTest::newRow("wide") << 2 << 33;
    }
    void pixelsLandWhereExpected() {
        QFETCH(int, height);
        QFETCH(int, width);
        const api::SequencePreview s = test::makeSequence(2, 3, height, width, {});
        for (int t = 0; t < 3; ++t) {
            const QImage image = widgets::frameToImage(s, t);
            QCOMPARE(image.size(), QSize(width, height));
            for (int y = 0; y < height; ++y)
                for (int x = 0; x < width; ++x)
                    QCOMPARE(image.pixel(x, y), test::expectedPixel(2, t, y, x));
        }
    }

    void imagesOwnTheirPixels() {
        auto s = std::make_unique<api::SequencePreview>(test::makeSequence(1, 2, 4, 4, {}));
        const QList<QImage> images = widgets::sequenceToImages(*s);
        QCOMPARE(images.size(), 2);
        std::fill(s->rgb.begin(), s->rgb.end(), uint8_t{0});
        s.reset();
        QCOMPARE(images[1].pixel(3, 2), test::expectedPixel(1, 1, 2, 3));
        QCOMPARE(images[0].pixel(0, 0), test::expectedPixel(1, 0, 0, 0));
    }

    void rejectsBadInput() {
        api::SequencePreview s = test::makeSequence(0, 2, 4, 4, {});
        QVERIFY(widgets::frameToImage(s, -1).isNull());
        QVERIFY(widgets::frameToImage(s, 2).isNull());
        QVERIFY(!widgets::frameToImage(s, 1).isNull());
        s.rgb.resize(s.rgb.size() - 1);  // one byte short
        QVERIFY(widgets::frameToImage(s, 0).isNull());
        QVERIFY(widgets::sequenceToImages(s).isEmpty());
        QVERIFY(widgets::sequenceToImages(api::SequencePreview{}).isEmpty());
    }

    void captionPutsColourFirstAndDropsBackground() {
        const api::SequencePreview s = test::makeSequence(
            0, 2, 2, 2, {{"shape", "circle"}, {"colour", "red"}, {"background", "checker"}, {"motion", "slide right"}});
        const widgets::SequenceCaption c = widgets::captionFor(s, {"motion"});
        QCOMPARE(c.what, QStringLiteral("red circle"));
        QCOMPARE(c.motion, QStringLiteral("slide right"));
        QCOMPARE(c.text(), QStringLiteral("red circle \u00b7 slide right"));
    }

    void captionWithOnlyOneKindOfLabel() {
        const api::SequencePreview s = test::makeSequence(0, 2, 2, 2, {{"speaker", "p225"}});
        QCOMPARE(widgets::captionFor(s, {}).text(), QStringLiteral("p225"));
        QCOMPARE(widgets::captionFor(s, {"speaker"}).text(), QStringLiteral("p225"));
        QCOMPARE(widgets::captionFor(s, {"speaker"}).what, QString());
        QCOMPARE(widgets::captionFor(test::makeSequence(0, 2, 2, 2, {}), {}).text(), QString());
    }

    void toolTipListsEveryLabelEscaped() {
        const api::SequencePreview s = test::makeSequence(
            7, 2, 2, 2, {{"shape", "<b>circle"}, {"background", "checker"}, {"motion", "grow"}});
        const QString tip = widgets::toolTipFor(s);
        QVERIFY2(tip.contains(QStringLiteral("7")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("shape: &lt;b&gt;circle")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("background: checker")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("motion: grow")), qPrintable(tip));
        QVERIFY(tip.indexOf(QStringLiteral("shape")) < tip.indexOf(QStringLiteral("motion")));
    }

    void joinsLabelNames() {
        QCOMPARE(widgets::joinLabelNames({"shape", "colour"}), QStringLiteral("shape, colour"));
        QCOMPARE(widgets::joinLabelNames({}), QString());
    }
};

QTEST_MAIN(TestSequenceFrames)
#include "test_sequence_frames.moc"
