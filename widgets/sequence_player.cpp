// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/sequence_player.h"

#include "widgets/player_rows.h"
#include "widgets/sequence_labels.h"
#include "widgets/sound_output.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace dbse::widgets {
namespace {

constexpr double kSpeeds[] = {0.25, 0.5, 1.0, 2.0, 4.0};

QToolButton* controlButton(QStyle::StandardPixmap icon, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus);  // keys go to the player
    return button;
}

QString labelText(const LabelPairs& labels, const std::vector<std::string>& dynamicLabels) {
    return captionFor(labels, dynamicLabels).text();
}

}  // namespace

SequencePlayer::SequencePlayer(QWidget* parent)
    : QWidget(parent),
      grid_(new QWidget),
      gridLayout_(new QGridLayout(grid_)),
      timer_(new QTimer(this)),
      sound_(new SoundOutput(this)) {
    setFocusPolicy(Qt::StrongFocus);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(grid_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    gridLayout_->setContentsMargins(4, 4, 4, 4);
    gridLayout_->setSpacing(8);

    first_ = controlButton(QStyle::SP_MediaSkipBackward, this);
    back_ = controlButton(QStyle::SP_MediaSeekBackward, this);
    playButton_ = controlButton(QStyle::SP_MediaPlay, this);
    forward_ = controlButton(QStyle::SP_MediaSeekForward, this);
    last_ = controlButton(QStyle::SP_MediaSkipForward, this);
    playButton_->setObjectName(QStringLiteral("playButton"));
    scrub_ = new QSlider(Qt::Horizontal, this);
    scrub_->setObjectName(QStringLiteral("scrubBar"));
    scrub_->setFocusPolicy(Qt::NoFocus);
    position_ = new QLabel(this);
    position_->setMinimumWidth(position_->fontMetrics().horizontalAdvance(QStringLiteral("000 / 000")));
    position_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    speedBox_ = new QComboBox(this);
    speedBox_->setObjectName(QStringLiteral("speed"));
    speedBox_->setFocusPolicy(Qt::NoFocus);
    for (double s : kSpeeds) speedBox_->addItem(QStringLiteral("%1×").arg(s), s);
    speedBox_->setCurrentIndex(2);
    loopBox_ = new QCheckBox(this);
    loopBox_->setChecked(loop_);
    loopBox_->setFocusPolicy(Qt::NoFocus);

    auto* controls = new QHBoxLayout;
    for (QWidget* w : {static_cast<QWidget*>(first_), static_cast<QWidget*>(back_), static_cast<QWidget*>(playButton_),
                       static_cast<QWidget*>(forward_), static_cast<QWidget*>(last_)})
        controls->addWidget(w);
    controls->addWidget(scrub_, 1);
    controls->addWidget(position_);
    controls->addWidget(speedBox_);
    controls->addWidget(loopBox_);
    legend_ = new QLabel(this);
    legend_->setTextFormat(Qt::RichText);
    legend_->setWordWrap(true);
    legend_->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(legend_);
    layout->addWidget(scroll, 1);
    layout->addLayout(controls);

    timer_->setTimerType(Qt::PreciseTimer);
    connect(timer_, &QTimer::timeout, this, &SequencePlayer::tick);
    connect(first_, &QToolButton::clicked, this, [this] { setCurrentFrame(0); });
    connect(last_, &QToolButton::clicked, this, [this] { setCurrentFrame(frameCount() - 1); });
    connect(back_, &QToolButton::clicked, this, &SequencePlayer::stepBack);
    connect(forward_, &QToolButton::clicked, this, &SequencePlayer::stepForward);
    connect(playButton_, &QToolButton::clicked, this, &SequencePlayer::togglePlaying);
    connect(scrub_, &QSlider::valueChanged, this, &SequencePlayer::setCurrentFrame);
    connect(speedBox_, &QComboBox::currentIndexChanged, this,
            [this](int i) { setSpeed(speedBox_->itemData(i).toDouble()); });
    connect(loopBox_, &QCheckBox::toggled, this, &SequencePlayer::setLoop);
    retranslateUi();
    updateControls();
}

SequencePlayer::~SequencePlayer() = default;

void SequencePlayer::retranslateUi() {
    first_->setToolTip(tr("First step (Home)"));
    back_->setToolTip(tr("One step back (Left)"));
    forward_->setToolTip(tr("One step forward (Right)"));
    last_->setToolTip(tr("Last step (End)"));
    scrub_->setToolTip(tr("Drag to scrub through the steps"));
    speedBox_->setToolTip(tr("Playback speed (1× = real time)"));
    loopBox_->setText(tr("Loop"));
    updateControls();
}

void SequencePlayer::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SequencePlayer::setRows(const api::RowSet& rows, const std::vector<std::string>& dynamicLabels) {
    // The complete rows after a first look (RowSet::partial) keep the frame and row shown.
    const bool completing = rows_.partial && !rows.partial && rows_.rows.size() == rows.rows.size() &&
                            rows_.steps == rows.steps && rows_.modality == rows.modality;
    sound_->stop();
    rows_ = rows;
    dynamicLabels_ = dynamicLabels;
    sounds_.clear();
    if (!completing) {
        ticks_ = lateTicks_ = 0;
        frame_ = 0;
        selected_ = rows_.rows.empty() ? -1 : 0;
    }
    legend_->setVisible(rows_.modality == "series" && !rows_.rows.empty());
    legend_->setText(seriesLegend(rows_.feature_names));
    rebuildGrid();
    scrub_->blockSignals(true);
    scrub_->setRange(0, std::max(0, frameCount() - 1));
    scrub_->setValue(frame_);
    scrub_->blockSignals(false);
    updateControls();
    if (completing)
        return;
    if (isPlaying())
        timer_->start(intervalMs());
    Q_EMIT currentFrameChanged(0);
    Q_EMIT selectedRowChanged(selected_);
}

void SequencePlayer::clear() { setRows(api::RowSet{}); }

void SequencePlayer::rebuildGrid() {
    qDeleteAll(cells_);  // each holds a row's caption and view
    cells_.clear();
    captions_.clear();
    views_.clear();
    // One column: each row's caption at its right; a grid: each caption above its cell.
    const bool beside = columns_ == 1;
    for (int c = 0; c < gridLayout_->columnCount(); ++c) gridLayout_->setColumnStretch(c, 0);
    for (int r = 0; r < rowCount(); ++r) {
        auto* cell = new QWidget(grid_);
        auto* caption = new QLabel(cell);
        caption->setTextFormat(Qt::RichText);
        caption->setWordWrap(true);
        caption->setText(rowCaption(r));
        // Not height-for-width: the scroll area would then give every row its preferred height
        // instead of fitting the rows to the view.
        QSizePolicy policy = caption->sizePolicy();
        policy.setHeightForWidth(false);
        policy.setVerticalPolicy(QSizePolicy::Maximum);
        caption->setSizePolicy(policy);
        PlayerRowView* view = makeRowView(rows_, r, filmStrip_, cell);
        view->setSelected(r == selected_);
        view->showStep(frame_);
        connect(view, &PlayerRowView::clicked, this, [this, r] { selectRow(r); });
        QBoxLayout* layout = beside ? static_cast<QBoxLayout*>(new QHBoxLayout(cell)) : new QVBoxLayout(cell);
        layout->setContentsMargins(0, 0, 0, 0);
        if (beside) {
            caption->setFixedWidth(caption->fontMetrics().averageCharWidth() * 28);
            layout->addWidget(view, 1);
            layout->addWidget(caption);
            gridLayout_->addWidget(cell, r, 0);
        } else {
            caption->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
            layout->addWidget(caption);
            layout->addWidget(view, 1);
            gridLayout_->addWidget(cell, r / columns_, r % columns_);
        }
        cells_.push_back(cell);
        captions_.push_back(caption);
        views_.push_back(view);
    }
    for (int c = 0; c < (beside ? 1 : columns_); ++c) gridLayout_->setColumnStretch(c, 1);
}

QString SequencePlayer::shownRowName(const std::string& name) {
    // The names api::SequenceLab gives its rows (English), in the user's language.
    const QString n = QString::fromStdString(name);
    if (n == QLatin1String("static A + dynamic B"))
        return tr("static A + dynamic B");
    if (n == QLatin1String("static B + dynamic A"))
        return tr("static B + dynamic A");
    if (n == QLatin1String("A reconstructed"))
        return tr("A reconstructed");
    if (n == QLatin1String("B reconstructed"))
        return tr("B reconstructed");
    if (n == QLatin1String("original"))
        return tr("original");
    static const QLatin1String samplePrefix("sample ");
    bool number = false;
    const int k = n.startsWith(samplePrefix) ? n.mid(samplePrefix.size()).toInt(&number) : 0;
    if (number)
        return tr("sample %1").arg(k);
    return n;  // "A", "B" and names from elsewhere as they are
}

QString SequencePlayer::rowCaption(int row) const {
    if (row < 0 || row >= rowCount())
        return {};
    const api::SequenceRow& r = rows_.rows[size_t(row)];
    QString text = QStringLiteral("<b>%1</b>").arg(shownRowName(r.name).toHtmlEscaped());
    const QString labels = labelText(r.labels, dynamicLabels_);
    if (!labels.isEmpty())
        text += QStringLiteral(" — %1").arg(labels.toHtmlEscaped());
    const QString judged = labelText(r.judged, dynamicLabels_);
    if (!judged.isEmpty())
        text += QStringLiteral("<br><i>%1</i>").arg(tr("judge: %1").arg(judged).toHtmlEscaped());
    return text;
}

void SequencePlayer::setColumns(int columns) {
    columns_ = std::max(1, columns);
    rebuildGrid();
}

void SequencePlayer::setFilmStrip(bool on) {
    filmStrip_ = on;
    rebuildGrid();
}

int SequencePlayer::rowCount() const { return int(rows_.rows.size()); }
int SequencePlayer::frameCount() const { return rows_.rows.empty() ? 0 : rows_.steps; }
int SequencePlayer::currentFrame() const { return frame_; }
bool SequencePlayer::isPlaying() const { return timer_->isActive(); }
bool SequencePlayer::loops() const { return loop_; }
double SequencePlayer::speed() const { return speed_; }
int SequencePlayer::selectedRow() const { return selected_; }
PlayerRowView* SequencePlayer::rowView(int row) const { return row >= 0 && row < views_.size() ? views_[row] : nullptr; }

int SequencePlayer::intervalMs() const {
    const double rate = std::max(0.1, rows_.steps_per_second * speed_);
    return std::max(1, int(std::lround(1000.0 / rate)));
}

void SequencePlayer::play() {
    if (frameCount() == 0 || isPlaying())
        return;
    if (frame_ >= frameCount() - 1 && !loop_)
        showFrame(0);
    sinceTick_.start();
    timer_->start(intervalMs());
    startSound();
    updateControls();
    Q_EMIT playingChanged(true);
}

void SequencePlayer::pause() {
    if (!isPlaying())
        return;
    timer_->stop();
    sound_->stop();
    updateControls();
    Q_EMIT playingChanged(false);
}

void SequencePlayer::togglePlaying() { isPlaying() ? pause() : play(); }

void SequencePlayer::stepForward() {
    pause();
    if (frameCount() > 0)
        showFrame(std::min(frame_ + 1, frameCount() - 1));
}

void SequencePlayer::stepBack() {
    pause();
    if (frameCount() > 0)
        showFrame(std::max(frame_ - 1, 0));
}

void SequencePlayer::setCurrentFrame(int t) {
    if (frameCount() == 0)
        return;
    showFrame(std::clamp(t, 0, frameCount() - 1));
    if (isPlaying())
        startSound();
}

void SequencePlayer::setSpeed(double speed) {
    speed_ = std::clamp(speed, 0.05, 16.0);
    if (isPlaying()) {
        timer_->setInterval(intervalMs());
        startSound();
    }
    const int index = speedBox_->findData(speed_);
    if (index >= 0 && index != speedBox_->currentIndex())
        speedBox_->setCurrentIndex(index);
}

void SequencePlayer::setLoop(bool loop) {
    loop_ = loop;
    if (loopBox_->isChecked() != loop)
        loopBox_->setChecked(loop);
}

void SequencePlayer::selectRow(int row) {
    if (row < 0 || row >= rowCount() || row == selected_)
        return;
    selected_ = row;
    for (int r = 0; r < views_.size(); ++r) views_[r]->setSelected(r == selected_);
    if (isPlaying())
        startSound();
    Q_EMIT selectedRowChanged(row);
}

void SequencePlayer::setRowSound(int row, const QVector<float>& samples, int rate) {
    if (row < 0 || row >= rowCount())
        return;
    sounds_[row] = {samples, rate};
    if (row == selected_ && isPlaying())
        startSound();
}

bool SequencePlayer::hasRowSound(int row) const { return sounds_.count(row) != 0; }

void SequencePlayer::startSound() {
    sound_->stop();
    if (rows_.modality != "audio" || selected_ < 0)
        return;
    const auto found = sounds_.find(selected_);
    if (found == sounds_.end()) {
        Q_EMIT soundWanted(selected_);
        return;
    }
    // Sound has no time stretching: it plays at real-time speed only.
    if (std::abs(speed_ - 1.0) < 1e-9)
        sound_->play(found->second.first, found->second.second, double(frame_) / std::max(1, frameCount()));
}

void SequencePlayer::tick() {
    const qint64 elapsed = sinceTick_.restart();
    ++ticks_;
    if (ticks_ > 1 && elapsed > intervalMs() + intervalMs() / 2)
        ++lateTicks_;
    if (frameCount() == 0)
        return;
    if (frame_ + 1 < frameCount()) {
        showFrame(frame_ + 1);
    } else if (loop_) {
        showFrame(0);
        startSound();
    } else {
        pause();
    }
}

void SequencePlayer::showFrame(int t) {
    if (t == frame_ && !views_.isEmpty() && views_.first()->shownStep() == t)
        return;
    frame_ = t;
    for (PlayerRowView* view : views_) view->showStep(t);
    scrub_->blockSignals(true);
    scrub_->setValue(t);
    scrub_->blockSignals(false);
    updateControls();
    Q_EMIT currentFrameChanged(t);
}

void SequencePlayer::updateControls() {
    const bool any = frameCount() > 0;
    for (QWidget* w : {static_cast<QWidget*>(first_), static_cast<QWidget*>(back_), static_cast<QWidget*>(playButton_),
                       static_cast<QWidget*>(forward_), static_cast<QWidget*>(last_), static_cast<QWidget*>(scrub_)})
        w->setEnabled(any);
    playButton_->setIcon(style()->standardIcon(isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    playButton_->setToolTip(isPlaying() ? tr("Pause (Space)") : tr("Play (Space)"));
    position_->setText(any ? tr("%1 / %2").arg(frame_ + 1).arg(frameCount()) : QString());
}

void SequencePlayer::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Space: togglePlaying(); break;
    case Qt::Key_Left: stepBack(); break;
    case Qt::Key_Right: stepForward(); break;
    case Qt::Key_Home: setCurrentFrame(0); break;
    case Qt::Key_End: setCurrentFrame(frameCount() - 1); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

}  // namespace dbse::widgets
