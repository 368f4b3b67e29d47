/* An empty ICU data library, put in the Linux bundle in place of PySide6's 31 MB libicudata.so.NN.
 *
 * Qt links ICU on Linux for collation (QCollator), time zones without tz files and legacy text codecs; the program
 * uses none of them (sorting and search fold text in Python: merchant_assistant.i18n.folded; files are UTF-8; dates
 * are plain dates). libicuuc.so needs the symbol icudtNN_dat to load, so this file gives it ICU's own "stub data":
 * a valid table of contents with no entry (the same as ICU's source/stubdata/stubdata.cpp). An ICU call that needs
 * data then fails cleanly (U_FILE_ACCESS_ERROR) and Qt falls back to its own code. The Windows build has no ICU file
 * (Qt uses the Windows API there). Built by pyinstaller.spec: cc -shared -fPIC -DICU_MAJOR=73 ...
 */
#include <stdint.h>

#ifndef ICU_MAJOR
#error "define ICU_MAJOR, e.g. -DICU_MAJOR=73"
#endif
#define ICU_PASTE(a, b, c) a##b##c
#define ICU_ENTRY(major) ICU_PASTE(icudt, major, _dat)

typedef struct {
    uint16_t size;
    uint16_t reservedWord;
    uint8_t isBigEndian;
    uint8_t charsetFamily;
    uint8_t sizeofUChar;
    uint8_t reservedByte;
    uint8_t dataFormat[4];
    uint8_t formatVersion[4];
    uint8_t dataVersion[4];
} UDataInfo;

typedef struct {
    uint16_t headerSize;
    uint8_t magic1;
    uint8_t magic2;
    UDataInfo info;
    char padding[8];
    uint32_t count;
    uint32_t reserved;
    uint32_t toc[2];
} ICUStubData;

__attribute__((visibility("default"), aligned(16))) const ICUStubData ICU_ENTRY(ICU_MAJOR) = {
    32, 0xda, 0x27,
    {sizeof(UDataInfo), 0, 0 /* little-endian */, 0 /* ASCII */, 2, 0, {0x54, 0x6f, 0x43, 0x50} /* ToCP */,
     {1, 0, 0, 0}, {0, 0, 0, 0}},
    {0, 0, 0, 0, 0, 0, 0, 0},
    0, 0,
    {0, 0},
};
