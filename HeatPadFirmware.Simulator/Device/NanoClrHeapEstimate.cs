using System;
using System.Collections.Generic;
using System.Reflection;

namespace HeatPadFirmware.Simulator.Device
{
    /// <summary>
    /// What an object graph built on .NET would take on nanoCLR's managed heap, from the interpreter's own layout
    /// (nf-interpreter src/CLR/Include/nanoCLR_Runtime__HeapBlock.h, Core/Execution.cpp ExtractHeapBlocksForArray):
    /// every object is one heap block of header plus one block per instance field (a double or a long fits in one block);
    /// a field or array element of a struct type holds a boxed copy, itself an object; an array is a
    /// <c>CLR_RT_HeapBlock_Array</c> header (a heap block and 8 bytes) followed by its elements at their natural size
    /// (8 bytes per double, 4 per int, one heap block per reference), rounded up to whole heap blocks.
    /// A heap block is 12 bytes on a 32-bit target such as the ESP32 (a 4-byte id and an 8-byte data union kept as
    /// 32-bit halves) and 24 bytes on the 64-bit posix host build, where the layout was checked against the runtime
    /// itself: double[10000] took 80,040 bytes, object[10000] 240,048 and a class of 8 int fields 216
    /// (<c>nanoFramework.Runtime.Native.GC.Run</c> free bytes before and after, session 9).
    /// </summary>
    public sealed class NanoClrHeapEstimate
    {
        /// <summary>Heap block of a 32-bit nanoCLR target (ESP32), bytes.</summary>
        public const int HeapBlockBytes32 = 12;

        /// <summary>Heap block of the 64-bit posix host build of nanoCLR, bytes (measured).</summary>
        public const int HeapBlockBytes64 = 24;

        private readonly HashSet<object> _seen = new(ReferenceEqualityComparer.Instance);
        private readonly int _blockBytes;
        private readonly int _arrayHeaderBytes;

        private NanoClrHeapEstimate(int blockBytes)
        {
            _blockBytes = blockBytes;
            _arrayHeaderBytes = blockBytes + 8;
        }

        /// <summary>Objects (class instances and boxed struct copies) counted.</summary>
        public int Objects { get; private set; }

        /// <summary>Arrays counted.</summary>
        public int Arrays { get; private set; }

        /// <summary>Bytes the graph takes on the modelled nanoCLR heap.</summary>
        public long Bytes { get; private set; }

        /// <summary>Bytes held by arrays of doubles (their payload and headers) within <see cref="Bytes"/>.</summary>
        public long DoubleArrayBytes { get; private set; }

        /// <summary>The largest single array, bytes: nanoCLR needs it as one contiguous run of free heap blocks.</summary>
        public long LargestArrayBytes { get; private set; }

        /// <summary>
        /// Estimates everything reachable from <paramref name="root"/> through instance fields, with heap blocks of
        /// <paramref name="blockBytes"/> (<see cref="HeapBlockBytes32"/> for the ESP32).
        /// </summary>
        public static NanoClrHeapEstimate Of(object root, int blockBytes)
        {
            ArgumentNullException.ThrowIfNull(root);
            var estimate = new NanoClrHeapEstimate(blockBytes);
            estimate.Visit(root);
            return estimate;
        }

        private void Visit(object root)
        {
            var pending = new Stack<object>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                object item = pending.Pop();
                if (item == null || !_seen.Add(item))
                {
                    continue;
                }

                Type type = item.GetType();
                if (item is string text)
                {
                    // A string literal is one block pointing into the assembly; a built string carries its UTF-8 text.
                    Bytes += _blockBytes + RoundUp(text.Length + 1);
                    Objects++;
                }
                else if (type.IsArray)
                {
                    CountArray((Array)item, pending);
                }
                else
                {
                    CountObject(item, type, pending);
                }
            }
        }

        private void CountObject(object item, Type type, Stack<object> pending)
        {
            Objects++;
            Bytes += _blockBytes;
            foreach (FieldInfo field in InstanceFields(type))
            {
                Bytes += _blockBytes;
                Type fieldType = field.FieldType;
                object value = field.GetValue(item);
                if (IsBoxedStruct(fieldType))
                {
                    CountObject(value, fieldType, pending);
                }
                else if (!fieldType.IsValueType && value != null)
                {
                    pending.Push(value);
                }
            }
        }

        private void CountArray(Array array, Stack<object> pending)
        {
            Arrays++;
            Type element = array.GetType().GetElementType();
            if (array.Rank != 1)
            {
                throw new NotSupportedException("nanoFramework has no multidimensional arrays: " + array.GetType().Name);
            }

            long bytes;
            if (element.IsPrimitive || element.IsEnum)
            {
                bytes = RoundUp(_arrayHeaderBytes + ((long)array.Length * PrimitiveBytes(element.IsEnum ? Enum.GetUnderlyingType(element) : element)));
                if (element == typeof(double))
                {
                    DoubleArrayBytes += bytes;
                }
            }
            else
            {
                bytes = RoundUp(_arrayHeaderBytes + ((long)array.Length * _blockBytes));
                foreach (object value in array)
                {
                    if (IsBoxedStruct(element))
                    {
                        CountObject(value, element, pending);
                    }
                    else if (value != null)
                    {
                        pending.Push(value);
                    }
                }
            }

            Bytes += bytes;
            LargestArrayBytes = Math.Max(LargestArrayBytes, bytes);
        }

        private long RoundUp(long bytes)
        {
            return (bytes + _blockBytes - 1) / _blockBytes * _blockBytes;
        }

        private static bool IsBoxedStruct(Type type)
        {
            return type.IsValueType && !type.IsPrimitive && !type.IsEnum;
        }

        private static IEnumerable<FieldInfo> InstanceFields(Type type)
        {
            for (Type t = type; t != null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
            {
                foreach (FieldInfo field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    yield return field;
                }
            }
        }

        private static int PrimitiveBytes(Type type)
        {
            if (type == typeof(double) || type == typeof(long) || type == typeof(ulong))
            {
                return 8;
            }

            if (type == typeof(int) || type == typeof(uint) || type == typeof(float))
            {
                return 4;
            }

            if (type == typeof(short) || type == typeof(ushort) || type == typeof(char))
            {
                return 2;
            }

            if (type == typeof(byte) || type == typeof(sbyte) || type == typeof(bool))
            {
                return 1;
            }

            throw new NotSupportedException("No nanoCLR element size for " + type.Name);
        }
    }
}
