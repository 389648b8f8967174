using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HeatPadFirmware.Tests.NanoFramework
{
    /// <summary>
    /// Finds, by syntax and by the semantic model, the constructs that compile against nanoFramework's
    /// mscorlib but that the nanoFramework 1.x runtime cannot run or gets wrong (generics, Nullable,
    /// multidimensional arrays, exception filters, default interface members, async, iterators, tuples,
    /// records, stackalloc, dynamic, LINQ queries, enum-to-text), and what the core must never do (read a
    /// clock, sleep). One finding per file, line and rule.
    /// </summary>
    public static class NanoFrameworkChecker
    {
        /// <summary>Checks <paramref name="sources"/> as one compilation against nanoFramework's mscorlib.</summary>
        public static IReadOnlyList<NanoFinding> Check(IEnumerable<SourceFile> sources)
        {
            return Check(NanoFrameworkCompilation.Create(sources));
        }

        /// <summary>Checks every syntax tree of <paramref name="compilation"/>.</summary>
        public static IReadOnlyList<NanoFinding> Check(CSharpCompilation compilation)
        {
            var findings = new List<NanoFinding>();
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                var walker = new Walker(compilation.GetSemanticModel(tree), findings);
                walker.Visit(tree.GetRoot());
            }

            return findings
                .GroupBy(finding => (finding.Path, finding.Line, finding.Rule))
                .Select(group => group.First())
                .OrderBy(finding => finding.Path, System.StringComparer.Ordinal)
                .ThenBy(finding => finding.Line)
                .ThenBy(finding => finding.Rule)
                .ToList();
        }

        /// <summary>Members that read a clock or block, by containing type (full name) and member name ("*" = any).</summary>
        private static readonly (string TypeName, string Member, NanoRule Rule)[] ForbiddenMembers =
        {
            ("System.DateTime", "Now", NanoRule.ClockRead),
            ("System.DateTime", "UtcNow", NanoRule.ClockRead),
            ("System.DateTime", "Today", NanoRule.ClockRead),
            ("System.Environment", "TickCount", NanoRule.ClockRead),
            ("System.Environment", "TickCount64", NanoRule.ClockRead),
            ("System.Diagnostics.Stopwatch", "*", NanoRule.ClockRead),
            ("nanoFramework.Hardware.Esp32.HighResTimer", "*", NanoRule.ClockRead),
            ("System.Threading.Thread", "Sleep", NanoRule.ThreadSleep),
        };

        private sealed class Walker : CSharpSyntaxWalker
        {
            private readonly SemanticModel _model;
            private readonly List<NanoFinding> _findings;

            public Walker(SemanticModel model, List<NanoFinding> findings)
            {
                _model = model;
                _findings = findings;
            }

            public override void Visit(SyntaxNode? node)
            {
                if (node == null)
                {
                    return;
                }

                CheckSyntax(node);
                if (node is ExpressionSyntax expression)
                {
                    CheckSemantics(expression);
                }

                base.Visit(node);
            }

            private void CheckSyntax(SyntaxNode node)
            {
                switch (node)
                {
                    case TypeParameterListSyntax:
                        Report(node, NanoRule.GenericDefinition, $"generic definition '{Describe(node.Parent)}'");
                        break;
                    case GenericNameSyntax generic:
                        Report(node, NanoRule.GenericUse, $"generic type or method '{Describe(generic)}'");
                        break;
                    case NullableTypeSyntax nullable:
                        if (_model.GetTypeInfo(nullable.ElementType).Type?.IsReferenceType != true)
                        {
                            Report(node, NanoRule.NullableValueType, $"nullable value type '{Describe(nullable)}'");
                        }

                        break;
                    case ArrayRankSpecifierSyntax rank when rank.Rank > 1:
                        Report(node, NanoRule.MultidimensionalArray, $"array of rank {rank.Rank} '{Describe(node.Parent)}'");
                        break;
                    case CatchFilterClauseSyntax:
                        Report(node, NanoRule.ExceptionFilter, $"exception filter '{Describe(node)}'");
                        break;
                    case BlockSyntax or ArrowExpressionClauseSyntax when IsInterfaceMemberBody(node):
                        Report(node, NanoRule.DefaultInterfaceMember, $"interface member with a body '{Describe(node.Parent)}'");
                        break;
                    case AwaitExpressionSyntax:
                        Report(node, NanoRule.Async, $"await '{Describe(node)}'");
                        break;
                    case YieldStatementSyntax:
                        Report(node, NanoRule.Iterator, $"iterator '{Describe(node)}'");
                        break;
                    case TupleTypeSyntax or TupleExpressionSyntax:
                        Report(node, NanoRule.Tuple, $"tuple '{Describe(node)}'");
                        break;
                    case RecordDeclarationSyntax record:
                        Report(record.Identifier, NanoRule.Record, $"record '{record.Identifier.ValueText}'");
                        break;
                    case WithExpressionSyntax:
                        Report(node, NanoRule.Record, $"with-expression '{Describe(node)}'");
                        break;
                    case StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax:
                        Report(node, NanoRule.StackAlloc, $"stackalloc '{Describe(node)}'");
                        break;
                    case QueryExpressionSyntax:
                        Report(node, NanoRule.LinqQuery, "LINQ query expression");
                        break;
                }

                foreach (SyntaxToken token in AsyncTokens(node))
                {
                    Report(token, NanoRule.Async, $"'{token.ValueText}' in '{Describe(node)}'");
                }
            }

            private void CheckSemantics(ExpressionSyntax expression)
            {
                TypeInfo typeInfo = _model.GetTypeInfo(expression);
                CheckType(expression, typeInfo.Type);
                if (!SymbolEqualityComparer.Default.Equals(typeInfo.Type, typeInfo.ConvertedType))
                {
                    CheckType(expression, typeInfo.ConvertedType);
                }

                ISymbol? symbol = _model.GetSymbolInfo(expression).Symbol;
                if (symbol is IMethodSymbol method && (method.IsGenericMethod || method.ReducedFrom?.IsGenericMethod == true))
                {
                    Report(expression, NanoRule.GenericUse, $"generic method '{method.ToDisplayString()}'");
                }

                CheckForbiddenMember(expression, symbol);
                CheckEnumToText(expression);
            }

            private void CheckType(SyntaxNode node, ITypeSymbol? type)
            {
                switch (type)
                {
                    case null:
                        return;
                    case { TypeKind: TypeKind.Dynamic }:
                        Report(node, NanoRule.Dynamic, $"dynamic '{Describe(node)}'");
                        return;
                    case IArrayTypeSymbol array:
                        if (array.Rank > 1)
                        {
                            Report(node, NanoRule.MultidimensionalArray, $"array of rank {array.Rank} '{array.ToDisplayString()}'");
                        }

                        CheckType(node, array.ElementType);
                        return;
                    case IPointerTypeSymbol pointer:
                        CheckType(node, pointer.PointedAtType);
                        return;
                    case ITypeParameterSymbol parameter:
                        Report(node, NanoRule.GenericUse, $"type parameter '{parameter.Name}'");
                        return;
                    case INamedTypeSymbol named:
                        if (named.IsTupleType)
                        {
                            Report(node, NanoRule.Tuple, $"tuple type '{named.ToDisplayString()}'");
                        }
                        else if (named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
                        {
                            Report(node, NanoRule.NullableValueType, $"nullable value type '{named.ToDisplayString()}'");
                        }
                        else if (named.IsGenericType)
                        {
                            Report(node, NanoRule.GenericUse, $"generic type '{named.ToDisplayString()}'");
                        }

                        foreach (ITypeSymbol argument in named.TypeArguments)
                        {
                            CheckType(node, argument);
                        }

                        if (named.ContainingType != null)
                        {
                            CheckType(node, named.ContainingType);
                        }

                        return;
                }
            }

            private void CheckForbiddenMember(ExpressionSyntax expression, ISymbol? symbol)
            {
                if (symbol is IMethodSymbol or IPropertySymbol or IFieldSymbol && symbol.ContainingType != null)
                {
                    string typeName = symbol.ContainingType!.OriginalDefinition.ToDisplayString();
                    foreach ((string TypeName, string Member, NanoRule Rule) forbidden in ForbiddenMembers)
                    {
                        string member = symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } ? ".ctor" : symbol.Name;
                        if (forbidden.TypeName == typeName && (forbidden.Member == "*" || forbidden.Member == member))
                        {
                            Report(expression, forbidden.Rule, $"'{typeName}.{symbol.Name}'");
                        }
                    }

                    return;
                }

                // Unbound (the member does not exist in this mscorlib, e.g. Environment.TickCount64): judge by the text.
                if (symbol == null && expression is MemberAccessExpressionSyntax access)
                {
                    string receiver = access.Expression is MemberAccessExpressionSyntax qualified
                        ? qualified.Name.Identifier.ValueText
                        : access.Expression.ToString();
                    foreach ((string TypeName, string Member, NanoRule Rule) forbidden in ForbiddenMembers)
                    {
                        string simpleTypeName = forbidden.TypeName.Substring(forbidden.TypeName.LastIndexOf('.') + 1);
                        if (receiver == simpleTypeName && (forbidden.Member == "*" || forbidden.Member == access.Name.Identifier.ValueText))
                        {
                            Report(expression, forbidden.Rule, $"'{Describe(access)}'");
                        }
                    }
                }
            }

            private void CheckEnumToText(ExpressionSyntax expression)
            {
                switch (expression)
                {
                    case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
                        when access.Name.Identifier.ValueText == "ToString" && IsEnum(access.Expression):
                        Report(expression, NanoRule.EnumToString, $"'{Describe(expression)}' gives the number on nanoFramework (use the *Names class)");
                        break;
                    case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression)
                        && _model.GetTypeInfo(binary).Type?.SpecialType == SpecialType.System_String
                        && (IsEnum(binary.Left) || IsEnum(binary.Right)):
                        Report(expression, NanoRule.EnumToString, $"enum concatenated into a string '{Describe(expression)}' gives the number on nanoFramework");
                        break;
                    case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.AddAssignmentExpression)
                        && _model.GetTypeInfo(assignment.Left).Type?.SpecialType == SpecialType.System_String
                        && IsEnum(assignment.Right):
                        Report(expression, NanoRule.EnumToString, $"enum appended to a string '{Describe(expression)}' gives the number on nanoFramework");
                        break;
                    case InterpolatedStringExpressionSyntax interpolated:
                        foreach (InterpolationSyntax hole in interpolated.Contents.OfType<InterpolationSyntax>())
                        {
                            if (IsEnum(hole.Expression))
                            {
                                Report(hole, NanoRule.EnumToString, $"enum interpolated '{Describe(hole)}' gives the number on nanoFramework");
                            }
                        }

                        break;
                }
            }

            private bool IsEnum(ExpressionSyntax expression)
            {
                ITypeSymbol? type = _model.GetTypeInfo(expression).Type;
                return type != null && (type.TypeKind == TypeKind.Enum || type.SpecialType == SpecialType.System_Enum);
            }

            private static bool IsInterfaceMemberBody(SyntaxNode body)
            {
                bool isMemberBody = body.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax
                    or PropertyDeclarationSyntax or IndexerDeclarationSyntax;
                return isMemberBody && body.Ancestors().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault() is InterfaceDeclarationSyntax;
            }

            private static IEnumerable<SyntaxToken> AsyncTokens(SyntaxNode node)
            {
                SyntaxTokenList modifiers = node switch
                {
                    MemberDeclarationSyntax member => member.Modifiers,
                    LocalFunctionStatementSyntax local => local.Modifiers,
                    AnonymousFunctionExpressionSyntax lambda => lambda.Modifiers,
                    _ => default,
                };
                foreach (SyntaxToken modifier in modifiers)
                {
                    if (modifier.IsKind(SyntaxKind.AsyncKeyword))
                    {
                        yield return modifier;
                    }
                }

                SyntaxToken awaitKeyword = node switch
                {
                    CommonForEachStatementSyntax forEach => forEach.AwaitKeyword,
                    UsingStatementSyntax usingStatement => usingStatement.AwaitKeyword,
                    LocalDeclarationStatementSyntax declaration => declaration.AwaitKeyword,
                    _ => default,
                };
                if (awaitKeyword.IsKind(SyntaxKind.AwaitKeyword))
                {
                    yield return awaitKeyword;
                }
            }

            private static string Describe(SyntaxNode? node)
            {
                if (node == null)
                {
                    return string.Empty;
                }

                string firstLine = node.ToString().Split('\n')[0].Trim();
                return firstLine.Length <= 80 ? firstLine : firstLine.Substring(0, 80) + "...";
            }

            private void Report(SyntaxNode node, NanoRule rule, string message)
            {
                Report(node.GetLocation(), rule, message);
            }

            private void Report(SyntaxToken token, NanoRule rule, string message)
            {
                Report(token.GetLocation(), rule, message);
            }

            private void Report(Location location, NanoRule rule, string message)
            {
                FileLinePositionSpan span = location.GetLineSpan();
                _findings.Add(new NanoFinding(span.Path, span.StartLinePosition.Line + 1, rule, message));
            }
        }
    }
}
