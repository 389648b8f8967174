using System.Reflection;
using System.Runtime.InteropServices;

[assembly: AssemblyTitle("HeatPadFirmware")]
[assembly: AssemblyDescription("Firmware of a 12 V heated massage pad on an ESP32 (.NET nanoFramework).")]
[assembly: AssemblyConfiguration("")]
[assembly: AssemblyCompany("")]
[assembly: AssemblyProduct("HeatPadFirmware")]
[assembly: AssemblyCopyright("")]
[assembly: AssemblyTrademark("")]
[assembly: AssemblyCulture("")]
[assembly: ComVisible(false)]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]
