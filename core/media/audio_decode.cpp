// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/media/audio_io.h"

#include "core/media/ffmpeg_handles.h"
#include "core/util/file_error.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
}

#include <cmath>
#include <cstring>
#include <fstream>
#include <filesystem>
#include <memory>
#include <system_error>

namespace dbse {
namespace {

// Sample rates read and written, in Hz: anything outside is a damaged or hostile header (a rate
// of hundreds of MHz makes the resampler's filter take seconds and gigabytes).
constexpr int kMinSampleRate = 1000, kMaxSampleRate = 384000;

std::string sampleRateProblem(int rate) {
    return "a sample rate of " + std::to_string(rate) + " Hz is outside " + std::to_string(kMinSampleRate) + ".." +
           std::to_string(kMaxSampleRate) + " Hz";
}

uint32_t littleEndian32(const unsigned char* p) {
    return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}

// For a RIFF/WAVE file: how many bytes its "data" chunk declares beyond the end of the file
// (0 when complete, not a WAV, or a streaming placeholder size). FFmpeg's WAV demuxer quietly
// reads what is there, so a cut-off WAV is only seen by comparing the header with the size.
uint64_t wavMissingBytes(const std::string& path, uint64_t file_size) {
    std::ifstream in(path, std::ios::binary);
    unsigned char header[12];
    if (!in.read(reinterpret_cast<char*>(header), 12) || std::memcmp(header, "RIFF", 4) != 0 ||
        std::memcmp(header + 8, "WAVE", 4) != 0)
        return 0;
    uint64_t offset = 12;
    unsigned char chunk[8];
    for (int chunks = 0; chunks < 64 && in.read(reinterpret_cast<char*>(chunk), 8); ++chunks) {
        offset += 8;
        const uint64_t size = littleEndian32(chunk + 4);
        if (std::memcmp(chunk, "data", 4) == 0) {
            if (size == 0 || size == 0xffffffffu)
                return 0;
            return offset + size > file_size ? offset + size - file_size : 0;
        }
        offset += size + (size & 1);  // chunks are padded to even sizes
        if (offset >= file_size)
            return 0;
        in.seekg(static_cast<std::streamoff>(offset));
    }
    return 0;
}

// Decodes one file; owns every FFmpeg context it creates.
class AudioFileDecoder {
public:
    AudioFileDecoder(std::string path, const AudioDecodeOptions& options) : path_(std::move(path)), options_(options) {}

    DecodedAudio run() {
        checkFileSize();
        open();
        decodeAll();
        if (out_.samples.empty())
            fail("no audio samples could be decoded");
        checkNotTruncated();
        return std::move(out_);
    }

private:
    [[noreturn]] void fail(const std::string& problem) const { throwFileError(path_, problem); }

    void checkFileSize() const {
        std::error_code ec;
        const auto status = std::filesystem::status(path_, ec);
        if (ec || !std::filesystem::exists(status))
            fail("no such file");
        if (!std::filesystem::is_regular_file(status))
            fail("not a regular file");
        const uint64_t size = std::filesystem::file_size(path_, ec);
        if (ec || size == 0)
            fail("empty file (0 bytes)");
        if (const uint64_t missing = wavMissingBytes(path_, size); missing > 0)
            fail("truncated: the WAV header declares " + std::to_string(missing) + " more bytes of audio than the file holds");
    }

    void open() {
        AVDictionary* format_options = nullptr;
        av_dict_set(&format_options, "protocol_whitelist", "file", 0);
        AVFormatContext* raw = nullptr;
        // "file:" keeps a ':' in the name from being read as a protocol.
        const int opened = avformat_open_input(&raw, ("file:" + path_).c_str(), nullptr, &format_options);
        av_dict_free(&format_options);
        if (opened < 0)
            fail("not a readable audio file (" + ffmpeg::errorText(opened) + ")");
        format_.reset(raw);
        if (const int found = avformat_find_stream_info(format_.get(), nullptr); found < 0)
            fail("cannot read stream information (" + ffmpeg::errorText(found) + ")");
        const AVCodec* codec = nullptr;
        stream_ = av_find_best_stream(format_.get(), AVMEDIA_TYPE_AUDIO, -1, -1, &codec, 0);
        if (stream_ < 0 || codec == nullptr)
            fail("no audio stream");
        const AVStream* stream = format_->streams[stream_];
        codec_.reset(avcodec_alloc_context3(codec));
        if (!codec_ || avcodec_parameters_to_context(codec_.get(), stream->codecpar) < 0)
            fail("cannot set up the audio decoder");
        if (const int ok = avcodec_open2(codec_.get(), codec, nullptr); ok < 0)
            fail("cannot open the " + std::string(codec->name) + " decoder (" + ffmpeg::errorText(ok) + ")");
        if (codec_->sample_rate != 0 && (codec_->sample_rate < kMinSampleRate || codec_->sample_rate > kMaxSampleRate))
            fail(sampleRateProblem(codec_->sample_rate));
        const double declared = declaredSeconds();
        if (declared > options_.max_seconds)
            fail(durationProblem(declared));
        max_samples_ = static_cast<int64_t>(std::ceil(options_.max_seconds * options_.sample_rate));
        out_.sample_rate = options_.sample_rate;
    }

    // Duration the container states for the stream, in seconds; 0 if unknown or estimated
    // from the bit rate (not trustworthy enough to call a file truncated).
    double declaredSeconds() const {
        const AVStream* stream = format_->streams[stream_];
        if (format_->duration_estimation_method == AVFMT_DURATION_FROM_BITRATE)
            return 0.0;
        if (stream->duration != AV_NOPTS_VALUE && stream->duration > 0)
            return static_cast<double>(stream->duration) * av_q2d(stream->time_base);
        if (format_->duration != AV_NOPTS_VALUE && format_->duration > 0)
            return static_cast<double>(format_->duration) / AV_TIME_BASE;
        return 0.0;
    }

    std::string durationProblem(double seconds) const {
        return "audio is " + std::to_string(seconds) + " s long, above the limit of " +
               std::to_string(options_.max_seconds) + " s";
    }

    void setUpResampler(const AVFrame& frame) {
        AVChannelLayout in_layout{};  // zeroed: av_channel_layout_copy first uninits the target
        if (frame.ch_layout.order == AV_CHANNEL_ORDER_UNSPEC || frame.ch_layout.nb_channels <= 0) {
            const int channels = frame.ch_layout.nb_channels > 0 ? frame.ch_layout.nb_channels : 1;
            av_channel_layout_default(&in_layout, channels);
        } else if (av_channel_layout_copy(&in_layout, &frame.ch_layout) < 0) {
            fail("cannot read the channel layout");
        }
        AVChannelLayout mono{};
        av_channel_layout_default(&mono, 1);
        SwrContext* raw = nullptr;
        const int ok = swr_alloc_set_opts2(&raw, &mono, AV_SAMPLE_FMT_FLT, options_.sample_rate, &in_layout,
                                           static_cast<AVSampleFormat>(frame.format), frame.sample_rate, 0, nullptr);
        out_.source_channels = in_layout.nb_channels;
        av_channel_layout_uninit(&in_layout);
        if (ok < 0 || raw == nullptr)
            fail("cannot convert this audio format (" + ffmpeg::errorText(ok) + ")");
        resampler_.reset(raw);
        if (const int init = swr_init(resampler_.get()); init < 0)
            fail("cannot convert this audio format (" + ffmpeg::errorText(init) + ")");
        in_rate_ = frame.sample_rate;
        in_format_ = frame.format;
        in_channels_ = frame.ch_layout.nb_channels;
        out_.source_rate = frame.sample_rate;
    }

    // Converts `frame` (or flushes the resampler when null) and appends mono float samples.
    void convert(const AVFrame* frame) {
        const int in_count = frame ? frame->nb_samples : 0;
        const int capacity = swr_get_out_samples(resampler_.get(), in_count);
        if (capacity < 0)
            fail("resampling failed");
        const size_t old_size = out_.samples.size();
        out_.samples.resize(old_size + static_cast<size_t>(capacity));
        auto* out = reinterpret_cast<uint8_t*>(out_.samples.data() + old_size);
        const int produced = swr_convert(resampler_.get(), &out, capacity,
                                         frame ? const_cast<const uint8_t**>(frame->extended_data) : nullptr, in_count);
        if (produced < 0)
            fail("resampling failed (" + ffmpeg::errorText(produced) + ")");
        out_.samples.resize(old_size + static_cast<size_t>(produced));
        if (static_cast<int64_t>(out_.samples.size()) > max_samples_)
            fail(durationProblem(static_cast<double>(out_.samples.size()) / options_.sample_rate));
    }

    void receiveFrames(AVFrame* frame) {
        while (true) {
            const int got = avcodec_receive_frame(codec_.get(), frame);
            if (got == AVERROR(EAGAIN) || got == AVERROR_EOF)
                return;
            if (got < 0)
                fail("corrupt audio data (" + ffmpeg::errorText(got) + ")");
            if (frame->sample_rate <= 0 || frame->ch_layout.nb_channels <= 0)
                fail("audio frame without a sample rate or channels");
            if (frame->sample_rate < kMinSampleRate || frame->sample_rate > kMaxSampleRate)
                fail(sampleRateProblem(frame->sample_rate));
            if (!resampler_)
                setUpResampler(*frame);
            else if (frame->sample_rate != in_rate_ || frame->format != in_format_ ||
                     frame->ch_layout.nb_channels != in_channels_)
                fail("the audio format changes in the middle of the stream");
            convert(frame);
            av_frame_unref(frame);
        }
    }

    void decodeAll() {
        ffmpeg::Packet packet(av_packet_alloc());
        ffmpeg::Frame frame(av_frame_alloc());
        if (!packet || !frame)
            fail("out of memory");
        while (true) {
            const int read = av_read_frame(format_.get(), packet.get());
            if (read == AVERROR_EOF)
                break;
            if (read < 0)
                fail("cannot read audio data (" + ffmpeg::errorText(read) + ")");
            if (packet->stream_index == stream_) {
                const int sent = avcodec_send_packet(codec_.get(), packet.get());
                if (sent < 0 && sent != AVERROR(EAGAIN))
                    fail("corrupt audio data (" + ffmpeg::errorText(sent) + ")");
                receiveFrames(frame.get());
            }
            av_packet_unref(packet.get());
        }
        avcodec_send_packet(codec_.get(), nullptr);
        receiveFrames(frame.get());
        if (resampler_)
            convert(nullptr);
    }

    // A container that states its length (WAV, FLAC, Ogg...) but delivered clearly less audio
    // was cut short.
    void checkNotTruncated() const {
        const double declared = declaredSeconds();
        const double decoded = static_cast<double>(out_.samples.size()) / options_.sample_rate;
        if (declared > 0 && decoded < 0.95 * declared - 0.02)
            fail("truncated: " + std::to_string(decoded) + " s of audio, the file declares " +
                 std::to_string(declared) + " s");
    }

    std::string path_;
    AudioDecodeOptions options_;
    ffmpeg::InputFormat format_;
    ffmpeg::Codec codec_;
    ffmpeg::Resampler resampler_;
    int stream_ = -1;
    int in_rate_ = 0, in_format_ = -1, in_channels_ = 0;
    int64_t max_samples_ = 0;
    DecodedAudio out_;
};

}  // namespace

DecodedAudio decodeAudioFile(const std::string& path, const AudioDecodeOptions& options) {
    if (options.sample_rate < kMinSampleRate || options.sample_rate > kMaxSampleRate)
        throwFileError(path, "cannot decode to " + sampleRateProblem(options.sample_rate));
    if (!(options.max_seconds > 0))
        throwFileError(path, "the duration limit must be positive");
    ffmpeg::quietLogs();  // problems surface as exceptions naming the file
    return AudioFileDecoder(path, options).run();
}

}  // namespace dbse
