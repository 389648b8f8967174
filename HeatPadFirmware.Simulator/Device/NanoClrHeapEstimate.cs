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
        private readonly List<NanoClrHeapItem> _items;

        private NanoClrHeapEstimate(int blockBytes, bool listItems)
        {
            _blockBytes = blockBytes;
            _arrayHeaderBytes = blockBytes + 8;
            _items = listItems ? new List<NanoClrHeapItem>() : null;
        }

        /// <summary>
        /// Every object, array and string counted, in the order the walk met them, each with the path of fields it was first
        /// reached by (<see cref="OfByOwner"/>; empty from <see cref="Of"/>). An object's bytes are its header and its fields'
        /// blocks (a boxed struct field is an item of its own); an array's its header and payload.
        /// </summary>
        public IReadOnlyList<NanoClrHeapItem> Items
        {
            get { return _items ?? (IReadOnlyList<NanoClrHeapItem>)Array.Empty<NanoClrHeapItem>(); }
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
            var estimate = new NanoClrHeapEstimate(blockBytes, false);
            estimate.Visit(root);
            return estimate;
        }

        /// <summary>
        /// As <see cref="Of"/>, and lists every item counted with the path of fields that reached it (<see cref="Items"/>),
        /// the root named <paramref name="rootName"/>. The figures are the same as <see cref="Of"/>'s.
        /// </summary>
        public static NanoClrHeapEstimate OfByOwner(object root, int blockBytes, string rootName)
        {
            ArgumentNullException.ThrowIfNull(root);
            var estimate = new NanoClrHeapEstimate(blockBytes, true);
            estimate.Visit(root, rootName);
            return estimate;
        }

        private void Visit(object root, string rootName = null)
        {
            var pending = new Stack<(object Item, string Path)>();
            pending.Push((root, rootName));
            while (pending.Count > 0)
            {
                (object item, string path) = pending.Pop();
                if (item == null || !_seen.Add(item))
                {
                    continue;
                }

                Type type = item.GetType();
                if (item is string text)
                {
                    // A string literal is one block pointing into the assembly; a built string carries its UTF-8 text.
                    long bytes = _blockBytes + RoundUp(text.Length + 1);
                    Bytes += bytes;
                    Objects++;
                    _items?.Add(new NanoClrHeapItem(path, "string", text.Length, bytes));
                }
                else if (type.IsArray)
                {
                    CountArray((Array)item, path, pending);
                }
                else
                {
                    CountObject(item, type, path, pending);
                }
            }
        }

        private void CountObject(object item, Type type, string path, Stack<(object Item, string Path)> pending)
        {
            Objects++;
            long bytes = _blockBytes;
            int fields = 0;
            foreach (FieldInfo field in InstanceFields(type))
            {
                bytes += _blockBytes;
                fields++;
                Type fieldType = field.FieldType;
                object value = field.GetValue(item);
                if (IsBoxedStruct(fieldType))
                {
                    CountObject(value, fieldType, Child(path, field.Name), pending);
                }
                else if (!fieldType.IsValueType && value != null)
                {
                    pending.Push((value, Child(path, field.Name)));
                }
            }

            Bytes += bytes;
            _items?.Add(new NanoClrHeapItem(path, type.Name, fields, bytes));
        }

        private string Child(string path, string name)
        {
            return _items == null ? null : path + "." + name;
        }

        private void CountArray(Array array, string path, Stack<(object Item, string Path)> pending)
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
                int index = 0;
                foreach (object value in array)
                {
                    string elementPath = _items == null ? null : path + "[" + index + "]";
                    if (IsBoxedStruct(element))
                    {
                        CountObject(value, element, elementPath, pending);
                    }
                    else if (value != null)
                    {
                        pending.Push((value, elementPath));
                    }

                    index++;
                }
            }

            Bytes += bytes;
            _items?.Add(new NanoClrHeapItem(path, element.Name + "[]", array.Length, bytes));
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
