// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SequencePlayer: rows of sequences (api::RowSet) played in sync, one step at a time: video
// frames, audio spectrograms with a moving cursor (and the selected row's sound), series line
// plots with the current step marked. Controls: play/pause, one step back/forward, first/last,
// scrub bar, speed, loop. Keys: Space play/pause, Left/Right one step, Home/End first/last.
//
// Playback is driven by a QTimer on the GUI thread; every picture is converted to a QImage when
// the rows are set, so a tick only repaints. A tick that comes more than half an interval late
// counts in lateTicks(). GUI thread only.

#include "core/api/row_set.h"

#include <QElapsedTimer>
#include <QList>
#include <QVector>
#include <QWidget>

#include <map>
#include <string>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace dbse::widgets {

class PlayerRowView;
class SoundOutput;

class SequencePlayer : public QWidget {
    Q_OBJECT

public:
    explicit SequencePlayer(QWidget* parent = nullptr);
    ~SequencePlayer() override;

    // Shows `rows` (copied) in a grid of columns() columns, rewinds to step 0 and keeps the
    // playing state. `dynamicLabels` names the label columns that describe motion (captions).
    // Rows completing a first look (the shown rows are RowSet::partial, the new ones are not and
    // have the same count and steps) keep the step and row shown instead of rewinding. A row
    // with fewer pictures than steps shows its last one for the later steps.
    void setRows(const api::RowSet& rows, const std::vector<std::string>& dynamicLabels = {});
    void clear();
    const api::RowSet& rows() const { return rows_; }

    // Rows are laid out in this many columns (1: one under the other). Default 1.
    void setColumns(int columns);
    // Video rows show a film strip of every frame beside the current one. Default true.
    void setFilmStrip(bool on);

    int rowCount() const;
    int frameCount() const;    // T; 0 when empty
    int currentFrame() const;  // in [0, frameCount())
    bool isPlaying() const;
    bool loops() const;
    double speed() const;      // 1 = the rows' real-time rate (RowSet::steps_per_second)
    int selectedRow() const;   // -1 when empty
    PlayerRowView* rowView(int row) const;
    QString rowCaption(int row) const;  // the row's name and labels as shown
    // A row name of api::SequenceLab ("static A + dynamic B", "sample 3", ...) translated.
    static QString shownRowName(const std::string& name);

    // Ticks of the playback timer since setRows, and those that came late.
    int ticks() const { return ticks_; }
    int lateTicks() const { return lateTicks_; }
    int intervalMs() const;

    // The Griffin-Lim sound of an audio row (see api::rowSound), played with the selected row.
    void setRowSound(int row, const QVector<float>& samples, int rate);
    bool hasRowSound(int row) const;

public Q_SLOTS:
    void play();
    void pause();
    void togglePlaying();
    void stepForward();
    void stepBack();
    void setCurrentFrame(int t);
    void setSpeed(double speed);
    void setLoop(bool loop);
    void selectRow(int row);

Q_SIGNALS:
    void currentFrameChanged(int t);
    void playingChanged(bool playing);
    void selectedRowChanged(int row);
    // The selected audio row has no sound yet: compute it (off the GUI thread) and setRowSound.
    void soundWanted(int row);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void tick();
    void showFrame(int t);
    void updateControls();
    void startSound();
    void rebuildGrid();
    void retranslateUi();

    api::RowSet rows_;
    std::vector<std::string> dynamicLabels_;
    QList<PlayerRowView*> views_;
    QList<QWidget*> cells_;  // owned by grid_; a row's caption and view
    QList<QLabel*> captions_;
    QLabel* legend_;  // series: the feature colours
    QWidget* grid_;
    QGridLayout* gridLayout_;
    QToolButton *first_, *back_, *playButton_, *forward_, *last_;
    QSlider* scrub_;
    QLabel* position_;
    QComboBox* speedBox_;
    QCheckBox* loopBox_;
    QTimer* timer_;
    SoundOutput* sound_;
    QElapsedTimer sinceTick_;
    std::map<int, std::pair<QVector<float>, int>> sounds_;
    int frame_ = 0;
    int columns_ = 1;
    bool filmStrip_ = true;
    bool loop_ = true;
    double speed_ = 1.0;
    int selected_ = -1;
    int ticks_ = 0;
    int lateTicks_ = 0;
};

}  // namespace dbse::widgets
