// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/media/video_encode.h"

#include "core/media/ffmpeg_handles.h"
#include "core/media/image_io.h"
#include "core/util/file_error.h"
#include "core/util/tensor_text.h"

#include <torch/torch.h>

#include <cstring>
#include <filesystem>
#include <random>

namespace dbse {
namespace {

namespace fs = std::filesystem;

struct Format {
    const char* muxer;
    AVPixelFormat pixels;
    bool even_size;
};

Format formatFor(const std::string& path) {
    const std::string extension = fs::path(path).extension().string();
    if (extension == ".mp4") return {"mp4", AV_PIX_FMT_YUV420P, true};
    if (extension == ".gif") return {"gif", AV_PIX_FMT_RGB8, false};
    throwFileError(path, "unsupported video type '" + extension + "' (use .mp4 or .gif)");
}

const AVCodec* encoderFor(const std::string& path, const Format& format) {
    const AVCodec* codec = nullptr;
    if (format.pixels == AV_PIX_FMT_RGB8) {
        codec = avcodec_find_encoder(AV_CODEC_ID_GIF);
    } else {
        codec = avcodec_find_encoder_by_name("libx264");
        if (!codec) codec = avcodec_find_encoder(AV_CODEC_ID_MPEG4);
    }
    if (!codec) throwFileError(path, "this FFmpeg has no encoder for " + std::string(format.muxer));
    return codec;
}

// Streams frames through one encoder into one muxer.
class Encoder {
public:
    Encoder(const std::string& path, const std::string& temp, const Format& format, int width, int height, int fps)
        : path_(path) {
        ffmpeg::quietLogs();
        AVFormatContext* raw = nullptr;
        if (avformat_alloc_output_context2(&raw, nullptr, format.muxer, temp.c_str()) < 0 || !raw)
            throwFileError(path, std::string("no ") + format.muxer + " muxer in this FFmpeg");
        output_.reset(raw);
        const AVCodec* codec = encoderFor(path, format);
        stream_ = avformat_new_stream(raw, nullptr);
        codec_.reset(avcodec_alloc_context3(codec));
        if (!stream_ || !codec_) throwFileError(path, "out of memory setting up the encoder");
        codec_->width = width;
        codec_->height = height;
        codec_->pix_fmt = format.pixels;
        codec_->time_base = AVRational{1, fps};
        codec_->framerate = AVRational{fps, 1};
        codec_->gop_size = 12;
        codec_->max_b_frames = 0;
        if (codec->id == AV_CODEC_ID_MPEG4) codec_->bit_rate = int64_t(width) * height * fps * 2;
        if (raw->oformat->flags & AVFMT_GLOBALHEADER) codec_->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
        check(avcodec_open2(codec_.get(), codec, nullptr), std::string("cannot open the ") + codec->name + " encoder");
        check(avcodec_parameters_from_context(stream_->codecpar, codec_.get()), "cannot set the stream parameters");
        stream_->time_base = codec_->time_base;
        check(avio_open(&raw->pb, temp.c_str(), AVIO_FLAG_WRITE), "cannot create the file");
        check(avformat_write_header(raw, nullptr), "cannot write the header");
        frame_.reset(av_frame_alloc());
        packet_.reset(av_packet_alloc());
        frame_->format = format.pixels;
        frame_->width = width;
        frame_->height = height;
        check(av_frame_get_buffer(frame_.get(), 0), "out of memory for a frame");
        // swscale may read past the end of a tightly packed row: it reads from a padded copy.
        source_.reset(av_frame_alloc());
        source_->format = AV_PIX_FMT_RGB24;
        source_->width = width;
        source_->height = height;
        check(av_frame_get_buffer(source_.get(), 0), "out of memory for a frame");
        scaler_.reset(sws_getContext(width, height, AV_PIX_FMT_RGB24, width, height, format.pixels, SWS_POINT,
                                     nullptr, nullptr, nullptr));
        if (!scaler_) throwFileError(path, "cannot convert RGB to the encoder's pixel format");
    }

    // rgb: uint8 [height, width, 3], contiguous.
    void add(const torch::Tensor& rgb) {
        check(av_frame_make_writable(frame_.get()), "out of memory for a frame");
        const int64_t row_bytes = rgb.size(1) * 3;
        for (int64_t y = 0; y < rgb.size(0); ++y)
            std::memcpy(source_->data[0] + y * source_->linesize[0], rgb.data_ptr<uint8_t>() + y * row_bytes, size_t(row_bytes));
        sws_scale(scaler_.get(), source_->data, source_->linesize, 0, int(rgb.size(0)), frame_->data, frame_->linesize);
        frame_->pts = next_pts_++;
        send(frame_.get());
    }

    void finish() {
        send(nullptr);
        check(av_write_trailer(output_.get()), "cannot finish the file");
        avio_closep(&output_->pb);
    }

private:
    void check(int rc, const std::string& what) const {
        if (rc < 0) throwFileError(path_, what + " (" + ffmpeg::errorText(rc) + ")");
    }

    void send(const AVFrame* frame) {
        check(avcodec_send_frame(codec_.get(), frame), "encoding failed");
        while (true) {
            const int rc = avcodec_receive_packet(codec_.get(), packet_.get());
            if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF) return;
            check(rc, "encoding failed");
            if (packet_->duration == 0) packet_->duration = 1;  // else MP4's edit list drops the last frame
            av_packet_rescale_ts(packet_.get(), codec_->time_base, stream_->time_base);
            packet_->stream_index = stream_->index;
            check(av_interleaved_write_frame(output_.get(), packet_.get()), "cannot write to the file");
        }
    }

    std::string path_;
    ffmpeg::OutputFormat output_;
    ffmpeg::Codec codec_;
    ffmpeg::Frame frame_;
    ffmpeg::Frame source_;
    ffmpeg::Packet packet_;
    ffmpeg::Scaler scaler_;
    AVStream* stream_ = nullptr;
    int64_t next_pts_ = 0;
};

std::string temporaryName(const std::string& path) {
    std::random_device random;
    const fs::path target(path);
    return (target.parent_path() / ("." + target.filename().string() + ".tmp" + std::to_string(random()))).string();
}

}  // namespace

std::vector<std::string> videoOutputExtensions() { return {".gif", ".mp4"}; }

void writeVideoFile(const std::string& path, const torch::Tensor& frames, int fps) {
    if (frames.dim() != 4 || frames.size(3) != 3 || frames.scalar_type() != torch::kByte || frames.size(0) < 1)
        throwFileError(path, "expected RGB frames uint8 [T, H, W, 3], got " + shapeText(frames));
    if (fps < 1 || fps > 240) throwFileError(path, "frame rate " + std::to_string(fps) + " is outside 1..240");
    const Format format = formatFor(path);
    torch::Tensor rgb = frames;
    if (format.even_size) {  // yuv420p halves the chroma planes: pad to even sizes with white
        const int64_t H = frames.size(1), W = frames.size(2);
        rgb = torch::full({frames.size(0), H + H % 2, W + W % 2, 3}, 255, torch::kByte);
        rgb.narrow(1, 0, H).narrow(2, 0, W).copy_(frames);
    }
    rgb = rgb.contiguous();
    const std::string temp = temporaryName(path);
    try {
        Encoder encoder(path, temp, format, int(rgb.size(2)), int(rgb.size(1)), fps);
        for (int64_t t = 0; t < rgb.size(0); ++t) encoder.add(rgb[t]);
        encoder.finish();
    } catch (...) {
        std::error_code ignored;
        fs::remove(temp, ignored);
        throw;
    }
    std::error_code error;
    fs::rename(temp, path, error);
    if (error) {
        fs::remove(temp, error);
        throwFileError(path, "cannot replace the file (" + error.message() + ")");
    }
}

void writeSequenceVideo(const std::string& path, const torch::Tensor& sequences, int fps, int gap) {
    const torch::Tensor rows = sequences.dim() == 4 ? sequences.unsqueeze(0) : sequences;
    if (rows.dim() != 5) throwFileError(path, "expected sequences [rows, T, C, H, W], got " + shapeText(sequences));
    std::vector<torch::Tensor> frames;
    for (int64_t t = 0; t < rows.size(1); ++t) {
        try {
            frames.push_back(frameGridImage(rows.select(1, t).unsqueeze(0), gap));
        } catch (const std::invalid_argument& e) {
            throwFileError(path, e.what());
        }
    }
    writeVideoFile(path, torch::stack(frames), fps);
}

}  // namespace dbse
