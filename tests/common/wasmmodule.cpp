// SPDX-License-Identifier: GPL-3.0-or-later
// The sections read follow the WebAssembly core specification 1.0, "Binary Format"
// (https://webassembly.github.io/spec/core/binary/modules.html).
#include "wasmmodule.h"

#include <QStringList>
#include <stdexcept>

namespace rb::test {

namespace {

class Reader
{
public:
    Reader(const QByteArray& b, qsizetype begin, qsizetype end)
        : m_b(b)
        , m_pos(begin)
        , m_end(end)
    {
    }
    quint8 byte()
    {
        if (m_pos >= m_end) {
            throw std::runtime_error("unexpected end at byte " + std::to_string(m_pos));
        }
        return quint8(m_b[m_pos++]);
    }
    quint32 u32() // unsigned LEB128
    {
        quint32 v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            const quint8 c = byte();
            v |= quint32(c & 0x7f) << shift;
            if (!(c & 0x80)) {
                return v;
            }
        }
        throw std::runtime_error("LEB128 longer than 5 bytes at byte " + std::to_string(m_pos));
    }
    QString name()
    {
        const quint32 n = u32();
        if (n > quint32(m_end - m_pos)) {
            throw std::runtime_error("name past the end at byte " + std::to_string(m_pos));
        }
        const QString s = QString::fromUtf8(m_b.mid(m_pos, n));
        m_pos += n;
        return s;
    }
    void limits()
    {
        const quint8 flags = byte();
        u32();
        if (flags & 1) {
            u32();
        }
    }
    qsizetype pos() const
    {
        return m_pos;
    }
    void skipTo(qsizetype pos)
    {
        m_pos = pos;
    }

private:
    const QByteArray& m_b;
    qsizetype m_pos;
    qsizetype m_end;
};

QString valueType(quint8 t)
{
    switch (t) {
    case 0x7f:
        return QStringLiteral("i32");
    case 0x7e:
        return QStringLiteral("i64");
    case 0x7d:
        return QStringLiteral("f32");
    case 0x7c:
        return QStringLiteral("f64");
    case 0x7b:
        return QStringLiteral("v128");
    case 0x70:
        return QStringLiteral("funcref");
    case 0x6f:
        return QStringLiteral("externref");
    }
    return QStringLiteral("0x") + QString::number(t, 16);
}

QString functionType(Reader& r)
{
    if (r.byte() != 0x60) {
        throw std::runtime_error("function type without 0x60 at byte " + std::to_string(r.pos() - 1));
    }
    QStringList lists[2];
    for (QStringList& list : lists) {
        for (quint32 n = r.u32(); n > 0; --n) {
            list << valueType(r.byte());
        }
    }
    return QStringLiteral("(") + lists[0].join(QStringLiteral(", ")) + QStringLiteral(") -> ")
        + (lists[1].isEmpty() ? QStringLiteral("()") : lists[1].join(QStringLiteral(", ")));
}

struct Sections
{
    QStringList types;
    QList<quint32> functionTypes; ///< type index of every function: imported first, then defined
};

void readImports(Reader& r, Sections& s, QList<WasmItem>* imports)
{
    for (quint32 n = r.u32(); n > 0; --n) {
        WasmItem i;
        i.module = r.name();
        i.name = r.name();
        i.kind = r.byte();
        switch (i.kind) {
        case 0:
            s.functionTypes << r.u32();
            i.signature = s.types.value(s.functionTypes.last());
            break;
        case 1:
            r.byte();
            r.limits();
            break;
        case 2:
            r.limits();
            break;
        case 3:
            r.byte();
            r.byte();
            break;
        default:
            throw std::runtime_error("unknown import kind at byte " + std::to_string(r.pos() - 1));
        }
        *imports << i;
    }
}

void readExports(Reader& r, const Sections& s, QList<WasmItem>* exports)
{
    for (quint32 n = r.u32(); n > 0; --n) {
        WasmItem e;
        e.name = r.name();
        e.kind = r.byte();
        const quint32 index = r.u32();
        if (e.kind == 0) {
            e.signature = s.types.value(s.functionTypes.value(index, quint32(-1)));
        }
        *exports << e;
    }
}

} // namespace

const WasmItem* WasmModuleInfo::findImport(const QString& module, const QString& name) const
{
    for (const WasmItem& i : imports) {
        if (i.module == module && i.name == name) {
            return &i;
        }
    }
    return nullptr;
}

const WasmItem* WasmModuleInfo::findExport(const QString& name) const
{
    for (const WasmItem& e : exports) {
        if (e.name == name) {
            return &e;
        }
    }
    return nullptr;
}

WasmModuleInfo readWasmModule(const QByteArray& bytes)
{
    WasmModuleInfo info;
    if (!bytes.startsWith(QByteArray("\0asm\x01\0\0\0", 8))) {
        info.error = QStringLiteral("not a WebAssembly 1.0 module (magic and version)");
        return info;
    }
    try {
        Sections s;
        Reader top(bytes, 8, bytes.size());
        while (top.pos() < bytes.size()) {
            const quint8 id = top.byte();
            const quint32 size = top.u32();
            const qsizetype begin = top.pos();
            if (size > quint32(bytes.size() - begin)) {
                throw std::runtime_error("section past the end at byte " + std::to_string(begin));
            }
            Reader r(bytes, begin, begin + size);
            if (id == 1) {
                for (quint32 n = r.u32(); n > 0; --n) {
                    s.types << functionType(r);
                }
            } else if (id == 2) {
                readImports(r, s, &info.imports);
            } else if (id == 3) {
                for (quint32 n = r.u32(); n > 0; --n) {
                    s.functionTypes << r.u32();
                }
            } else if (id == 7) {
                readExports(r, s, &info.exports);
            }
            top.skipTo(begin + size);
        }
    } catch (const std::exception& e) {
        info.error = QString::fromStdString(e.what());
    }
    return info;
}

} // namespace rb::test
