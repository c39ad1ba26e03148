// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Video files through libavformat/libavcodec/libswscale. Frame folders: frame_folder.cpp.
#include "core/media/video_decode.h"

#include "core/media/ffmpeg_handles.h"
#include "core/media/frame_folder.h"
#include "core/util/file_error.h"

#include <torch/torch.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace dbse {
namespace {

namespace fs = std::filesystem;

void checkIndices(const std::string& path, const std::vector<int64_t>& indices) {
    for (size_t i = 0; i < indices.size(); ++i)
        if (indices[i] < 0 || (i > 0 && indices[i] <= indices[i - 1]))
            throwFileError(path, "frame indices must be increasing and not negative");
}

// True when the file starts like an MP4/MOV ("ftyp" box): FFmpeg refusing it means it was cut
// short (its index, the moov box, usually sits at the end) or damaged.
bool looksLikeIsoMedia(const std::string& path) {
    char head[12] = {};
    std::ifstream(path, std::ios::binary).read(head, sizeof(head));
    return std::memcmp(head + 4, "ftyp", 4) == 0;
}

// An opened video file with a decoder for its best video stream.
struct OpenedVideo {
    ffmpeg::InputFormat format;
    ffmpeg::Codec codec;
    int stream = -1;
};

OpenedVideo openVideo(const std::string& path, const VideoLimits& limits) {
    std::error_code error;
    if (!fs::is_regular_file(path, error)) throwFileError(path, "no such file");
    const uint64_t bytes = fs::file_size(path, error);
    if (error) throwFileError(path, "cannot read the file size (" + error.message() + ")");
    if (bytes == 0) throwFileError(path, "empty file (0 bytes), not a video");
    if (bytes > limits.max_file_bytes)
        throwFileError(path, "file of " + std::to_string(bytes) + " bytes is above the limit of " +
                                 std::to_string(limits.max_file_bytes));

    ffmpeg::quietLogs();
    OpenedVideo v;
    AVFormatContext* raw = nullptr;
    if (int rc = avformat_open_input(&raw, path.c_str(), nullptr, nullptr); rc < 0)
        throwFileError(path, (looksLikeIsoMedia(path) ? "truncated or corrupt MP4/MOV (" : "not a video FFmpeg can read (") +
                                 ffmpeg::errorText(rc) + ")");
    v.format.reset(raw);
    if (int rc = avformat_find_stream_info(raw, nullptr); rc < 0)
        throwFileError(path, "truncated or corrupt video (" + ffmpeg::errorText(rc) + ")");
    const AVCodec* decoder = nullptr;
    v.stream = av_find_best_stream(raw, AVMEDIA_TYPE_VIDEO, -1, -1, &decoder, 0);
    if (v.stream == AVERROR_STREAM_NOT_FOUND) throwFileError(path, "no video stream");
    if (v.stream < 0 || !decoder) throwFileError(path, "no decoder for its video stream");
    const AVCodecParameters* par = raw->streams[v.stream]->codecpar;
    if (par->width <= 0 || par->height <= 0) throwFileError(path, "video stream has no frame size (truncated?)");
    if (int64_t(par->width) * par->height > limits.max_pixels)
        throwFileError(path, "frames of " + std::to_string(par->width) + "x" + std::to_string(par->height) +
                                 " are above the limit of " + std::to_string(limits.max_pixels) + " pixels");
    v.codec.reset(avcodec_alloc_context3(decoder));
    if (!v.codec || avcodec_parameters_to_context(v.codec.get(), par) < 0)
        throwFileError(path, "cannot set up the " + std::string(decoder->name) + " decoder");
    v.codec->thread_count = 1;  // clips are decoded in parallel by the caller
    if (int rc = avcodec_open2(v.codec.get(), decoder, nullptr); rc < 0)
        throwFileError(path, "cannot open the " + std::string(decoder->name) + " decoder (" + ffmpeg::errorText(rc) + ")");
    return v;
}

int64_t videoFrameCount(const std::string& path, const VideoLimits& limits) {
    OpenedVideo v = openVideo(path, limits);
    ffmpeg::Packet packet(av_packet_alloc());
    int64_t count = 0;
    int rc = 0;
    while ((rc = av_read_frame(v.format.get(), packet.get())) >= 0) {
        // Packets an edit list discards give no frame when decoded.
        const bool shown = packet->stream_index == v.stream && !(packet->flags & AV_PKT_FLAG_DISCARD);
        if (shown && ++count > limits.max_frames)
            throwFileError(path, "more than " + std::to_string(limits.max_frames) + " frames (the limit)");
        av_packet_unref(packet.get());
    }
    if (rc != AVERROR_EOF) throwFileError(path, "truncated or corrupt video (" + ffmpeg::errorText(rc) + ")");
    if (count == 0) throwFileError(path, "video stream has no frames");
    return count;
}

// Decodes frames in order and copies those in `indices` into an RGB tensor.
class FrameCollector {
public:
    FrameCollector(const std::string& path, const std::vector<int64_t>& indices) : path_(path), indices_(indices) {}

    bool done() const { return next_ == indices_.size(); }
    int64_t decoded() const { return decoded_; }
    torch::Tensor result() const { return frames_; }

    void take(const AVFrame* frame) {
        const int64_t index = decoded_++;
        if (done() || index != indices_[next_]) return;
        if (!frames_.defined()) {
            width_ = frame->width;
            height_ = frame->height;
            frames_ = torch::empty({int64_t(indices_.size()), height_, width_, 3}, torch::kByte);
            // swscale may write past the end of a tightly packed row: convert into a padded
            // frame, then copy the rows.
            rgb_.reset(av_frame_alloc());
            if (!rgb_) throwFileError(path_, "out of memory for a frame");
            rgb_->format = AV_PIX_FMT_RGB24;
            rgb_->width = width_;
            rgb_->height = height_;
            if (av_frame_get_buffer(rgb_.get(), 0) < 0) throwFileError(path_, "out of memory for a frame");
        }
        scaler_.reset(sws_getCachedContext(scaler_.release(), frame->width, frame->height,
                                           static_cast<AVPixelFormat>(frame->format), width_, height_,
                                           AV_PIX_FMT_RGB24, SWS_BILINEAR, nullptr, nullptr, nullptr));
        if (!scaler_) throwFileError(path_, "cannot convert its pixel format to RGB");
        sws_scale(scaler_.get(), frame->data, frame->linesize, 0, frame->height, rgb_->data, rgb_->linesize);
        uint8_t* target = frames_[int64_t(next_)].data_ptr<uint8_t>();
        for (int y = 0; y < height_; ++y)
            std::memcpy(target + int64_t(y) * width_ * 3, rgb_->data[0] + int64_t(y) * rgb_->linesize[0], size_t(width_) * 3);
        ++next_;
    }

private:
    std::string path_;
    const std::vector<int64_t>& indices_;
    size_t next_ = 0;
    int64_t decoded_ = 0;
    int width_ = 0, height_ = 0;
    torch::Tensor frames_;
    ffmpeg::Frame rgb_;
    ffmpeg::Scaler scaler_;
};

// Receives every frame the decoder has ready. Returns false on a decoding error.
bool drain(AVCodecContext* codec, AVFrame* frame, FrameCollector& collector) {
    while (!collector.done()) {
        const int rc = avcodec_receive_frame(codec, frame);
        if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF) return true;
        if (rc < 0) return false;
        collector.take(frame);
        av_frame_unref(frame);
    }
    return true;
}

torch::Tensor videoFrames(const std::string& path, const std::vector<int64_t>& indices, const VideoLimits& limits) {
    OpenedVideo v = openVideo(path, limits);
    FrameCollector collector(path, indices);
    ffmpeg::Packet packet(av_packet_alloc());
    ffmpeg::Frame frame(av_frame_alloc());
    int corrupt_packets = 0;
    while (!collector.done() && av_read_frame(v.format.get(), packet.get()) >= 0) {
        if (packet->stream_index == v.stream) {
            const int rc = avcodec_send_packet(v.codec.get(), packet.get());
            if ((rc < 0 && rc != AVERROR(EAGAIN)) || !drain(v.codec.get(), frame.get(), collector)) ++corrupt_packets;
            if (collector.decoded() > limits.max_frames)
                throwFileError(path, "more than " + std::to_string(limits.max_frames) + " frames (the limit)");
        }
        av_packet_unref(packet.get());
    }
    if (!collector.done()) {
        avcodec_send_packet(v.codec.get(), nullptr);
        drain(v.codec.get(), frame.get(), collector);
    }
    if (!collector.done())
        throwFileError(path, "truncated or corrupt video: decoded " + std::to_string(collector.decoded()) +
                                 " frames, needed frame " + std::to_string(indices.back() + 1) +
                                 (corrupt_packets ? " (" + std::to_string(corrupt_packets) + " corrupt packets)" : ""));
    return collector.result();
}

}  // namespace

bool isVideoFileName(const std::string& name) {
    return hasExtensionIn(name, {".mp4", ".m4v", ".mov", ".avi", ".mkv", ".webm", ".gif", ".mpg", ".mpeg", ".wmv",
                                 ".flv", ".ogv", ".3gp"});
}

int64_t clipFrameCount(const std::string& path, const VideoLimits& limits) {
    std::error_code error;
    if (fs::is_directory(path, error)) return frameFolderCount(path, limits);
    return videoFrameCount(path, limits);
}

torch::Tensor readClipFrames(const std::string& path, const std::vector<int64_t>& indices, const VideoLimits& limits) {
    if (indices.empty()) throwFileError(path, "no frames requested");
    checkIndices(path, indices);
    std::error_code error;
    if (fs::is_directory(path, error)) return frameFolderFrames(path, indices, limits);
    return videoFrames(path, indices, limits);
}

torch::Tensor readClip(const std::string& path, const VideoLimits& limits) {
    std::vector<int64_t> all(static_cast<size_t>(clipFrameCount(path, limits)));
    for (size_t i = 0; i < all.size(); ++i) all[i] = int64_t(i);
    return readClipFrames(path, all, limits);
}

}  // namespace dbse
