using System;
using System.Net.NetworkInformation;

namespace HeatPadFirmware.Hardware
{
    /// <summary>
    /// The controller board's identity for the element calibration record (session 21, review 21c MEDIUM: the record carries
    /// this board's heater-sense scale, and the sense zero it was bound by is passed by 14.9 % of other boards): the ESP32's
    /// Wi-Fi station MAC address, 12 hex digits.
    /// <para>Where it comes from: Espressif programs every ESP32's base MAC into eFuse BLK0 at the factory. nanoFramework's ESP32
    /// port (nf-interpreter targets/ESP32/_common/targetHAL_ConfigurationManager.cpp, InitialiseNetworkDefaultConfig) fills each
    /// network interface's configuration block from <c>esp_read_mac(ESP_MAC_WIFI_STA)</c> (the base MAC itself) when the
    /// configuration store is first built (targetHAL.c's <c>Target_CanChangeMacAddress()</c> is false on ESP32: the tools are
    /// told not to change it). It is configuration kept in flash, not read from silicon at each boot (session 20 declined it
    /// for that, docs/device.md): the managed <c>PhysicalAddress</c> setter rewrites the stored block (this firmware never
    /// calls it). The managed API (nanoFramework.System.Net 1.11.54,
    /// <c>NetworkInterface.GetAllNetworkInterfaces()</c>, <c>NetworkInterfaceType.Wireless80211</c>,
    /// <c>PhysicalAddress</c>) reads that block; no Wi-Fi is started. The ESP32 images with networking (ESP32_PSRAM_REV0/REV3 and
    /// the others with <c>CONFIG_API_SYSTEM_NET</c>) carry it.</para>
    /// <para>What it does not cover: the block lives in flash, so a whole-flash copy onto another board (a backup restored,
    /// or a production line cloning a programmed board) carries the MAC with the record (the record's own file, copied by
    /// <c>nanoff --filedeployment</c>, does not); an app that sets <c>PhysicalAddress</c>. The record is then still refused if that
    /// board's sense zero differs by more than 2 % (<see cref="Core.ElementCalibrationRecord.MaxSenseZeroShiftFraction"/>).</para>
    /// Nothing here throws.
    /// </summary>
    internal static class BoardIdentity
    {
        /// <summary>Bytes in a MAC address.</summary>
        private const int MacBytes = 6;

        /// <summary>
        /// The Wi-Fi station interface's MAC address as 12 upper-case hex digits, or the empty string when it cannot be read
        /// (no such interface, an address of another length, all zeros or all ones, or an exception: <paramref name="error"/>
        /// says which; null when read). The empty string matches no record.
        /// </summary>
        public static string ReadHex(out string error)
        {
            error = null;
            try
            {
                NetworkInterface[] interfaces = NetworkInterface.GetAllNetworkInterfaces();
                for (int i = 0; i < interfaces.Length; i++)
                {
                    NetworkInterface candidate = interfaces[i];
                    if (candidate == null || candidate.NetworkInterfaceType != NetworkInterfaceType.Wireless80211)
                    {
                        continue;
                    }

                    return ToHex(candidate.PhysicalAddress, out error);
                }

                error = "no Wi-Fi station interface";
                return string.Empty;
            }
            catch (Exception ex)
            {
                error = ex.Message;
                return string.Empty;
            }
        }

        private static string ToHex(byte[] mac, out string error)
        {
            error = null;
            if (mac == null || mac.Length != MacBytes)
            {
                error = "MAC address not 6 bytes";
                return string.Empty;
            }

            bool allZero = true;
            bool allOnes = true;
            string hex = string.Empty;
            for (int i = 0; i < mac.Length; i++)
            {
                allZero = allZero && mac[i] == 0x00;
                allOnes = allOnes && mac[i] == 0xFF;
                hex += mac[i].ToString("X2");
            }

            if (allZero || allOnes)
            {
                error = "MAC address blank";
                return string.Empty;
            }

            return hex;
        }
    }
}
