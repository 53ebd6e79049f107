/**
 */
package io.medreason.dataset.model.impl;

import io.medreason.dataset.model.Dataset;
import io.medreason.dataset.model.DatasetFactory;
import io.medreason.dataset.model.DatasetFormat;
import io.medreason.dataset.model.DatasetPackage;
import io.medreason.dataset.model.Field;
import io.medreason.dataset.model.JsonLayout;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DatasetPackageImpl extends EPackageImpl implements DatasetPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass datasetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fieldEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass jsonLayoutEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum datasetFormatEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum containerEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see io.medreason.dataset.model.DatasetPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private DatasetPackageImpl() {
		super(eNS_URI, DatasetFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link DatasetPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static DatasetPackage init() {
		if (isInited) return (DatasetPackage)EPackage.Registry.INSTANCE.getEPackage(DatasetPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredDatasetPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		DatasetPackageImpl theDatasetPackage = registeredDatasetPackage instanceof DatasetPackageImpl ? (DatasetPackageImpl)registeredDatasetPackage : new DatasetPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theDatasetPackage.createPackageContents();

		// Initialize created meta-data
		theDatasetPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theDatasetPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(DatasetPackage.eNS_URI, theDatasetPackage);
		return theDatasetPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataset() {
		return datasetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataset_SourceFile() {
		return (EAttribute)datasetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataset_Format() {
		return (EAttribute)datasetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataset_Container() {
		return (EAttribute)datasetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataset_Layout() {
		return (EReference)datasetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataset_Records() {
		return (EReference)datasetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecord() {
		return recordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_Question() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_Input() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_Reasoning() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_Response() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_Text() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_OriginalIndex() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecord_Fields() {
		return (EReference)recordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getField() {
		return fieldEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getField_Key() {
		return (EAttribute)fieldEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getField_Json() {
		return (EAttribute)fieldEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getJsonLayout() {
		return jsonLayoutEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJsonLayout_ByteOrderMark() {
		return (EAttribute)jsonLayoutEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJsonLayout_Head() {
		return (EAttribute)jsonLayoutEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJsonLayout_RecordSeparator() {
		return (EAttribute)jsonLayoutEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJsonLayout_Tail() {
		return (EAttribute)jsonLayoutEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJsonLayout_FieldIndent() {
		return (EAttribute)jsonLayoutEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJsonLayout_FieldSeparator() {
		return (EAttribute)jsonLayoutEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJsonLayout_CloseIndent() {
		return (EAttribute)jsonLayoutEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJsonLayout_KeySeparator() {
		return (EAttribute)jsonLayoutEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJsonLayout_EscapeNonAscii() {
		return (EAttribute)jsonLayoutEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJsonLayout_EscapeSlash() {
		return (EAttribute)jsonLayoutEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJsonLayout_UpperCaseHex() {
		return (EAttribute)jsonLayoutEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDatasetFormat() {
		return datasetFormatEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getContainer() {
		return containerEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatasetFactory getDatasetFactory() {
		return (DatasetFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		datasetEClass = createEClass(DATASET);
		createEAttribute(datasetEClass, DATASET__SOURCE_FILE);
		createEAttribute(datasetEClass, DATASET__FORMAT);
		createEAttribute(datasetEClass, DATASET__CONTAINER);
		createEReference(datasetEClass, DATASET__LAYOUT);
		createEReference(datasetEClass, DATASET__RECORDS);

		recordEClass = createEClass(RECORD);
		createEAttribute(recordEClass, RECORD__QUESTION);
		createEAttribute(recordEClass, RECORD__INPUT);
		createEAttribute(recordEClass, RECORD__REASONING);
		createEAttribute(recordEClass, RECORD__RESPONSE);
		createEAttribute(recordEClass, RECORD__TEXT);
		createEAttribute(recordEClass, RECORD__ORIGINAL_INDEX);
		createEReference(recordEClass, RECORD__FIELDS);

		fieldEClass = createEClass(FIELD);
		createEAttribute(fieldEClass, FIELD__KEY);
		createEAttribute(fieldEClass, FIELD__JSON);

		jsonLayoutEClass = createEClass(JSON_LAYOUT);
		createEAttribute(jsonLayoutEClass, JSON_LAYOUT__BYTE_ORDER_MARK);
		createEAttribute(jsonLayoutEClass, JSON_LAYOUT__HEAD);
		createEAttribute(jsonLayoutEClass, JSON_LAYOUT__RECORD_SEPARATOR);
		createEAttribute(jsonLayoutEClass, JSON_LAYOUT__TAIL);
		createEAttribute(jsonLayoutEClass, JSON_LAYOUT__FIELD_INDENT);
		createEAttribute(jsonLayoutEClass, JSON_LAYOUT__FIELD_SEPARATOR);
		createEAttribute(jsonLayoutEClass, JSON_LAYOUT__CLOSE_INDENT);
		createEAttribute(jsonLayoutEClass, JSON_LAYOUT__KEY_SEPARATOR);
		createEAttribute(jsonLayoutEClass, JSON_LAYOUT__ESCAPE_NON_ASCII);
		createEAttribute(jsonLayoutEClass, JSON_LAYOUT__ESCAPE_SLASH);
		createEAttribute(jsonLayoutEClass, JSON_LAYOUT__UPPER_CASE_HEX);

		// Create enums
		datasetFormatEEnum = createEEnum(DATASET_FORMAT);
		containerEEnum = createEEnum(CONTAINER);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(datasetEClass, Dataset.class, "Dataset", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDataset_SourceFile(), ecorePackage.getEString(), "sourceFile", null, 0, 1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataset_Format(), this.getDatasetFormat(), "format", null, 0, 1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataset_Container(), this.getContainer(), "container", null, 0, 1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataset_Layout(), this.getJsonLayout(), null, "layout", null, 0, 1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataset_Records(), this.getRecord(), null, "records", null, 0, -1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(recordEClass, io.medreason.dataset.model.Record.class, "Record", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRecord_Question(), ecorePackage.getEString(), "question", null, 0, 1, io.medreason.dataset.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_Input(), ecorePackage.getEString(), "input", null, 0, 1, io.medreason.dataset.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_Reasoning(), ecorePackage.getEString(), "reasoning", null, 0, 1, io.medreason.dataset.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_Response(), ecorePackage.getEString(), "response", null, 0, 1, io.medreason.dataset.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_Text(), ecorePackage.getEString(), "text", null, 0, 1, io.medreason.dataset.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_OriginalIndex(), ecorePackage.getEInt(), "originalIndex", "-1", 0, 1, io.medreason.dataset.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecord_Fields(), this.getField(), null, "fields", null, 0, -1, io.medreason.dataset.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fieldEClass, Field.class, "Field", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getField_Key(), ecorePackage.getEString(), "key", null, 0, 1, Field.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getField_Json(), ecorePackage.getEString(), "json", null, 0, 1, Field.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(jsonLayoutEClass, JsonLayout.class, "JsonLayout", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getJsonLayout_ByteOrderMark(), ecorePackage.getEBoolean(), "byteOrderMark", null, 0, 1, JsonLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJsonLayout_Head(), ecorePackage.getEString(), "head", "", 0, 1, JsonLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJsonLayout_RecordSeparator(), ecorePackage.getEString(), "recordSeparator", "\n", 0, 1, JsonLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJsonLayout_Tail(), ecorePackage.getEString(), "tail", "\n", 0, 1, JsonLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJsonLayout_FieldIndent(), ecorePackage.getEString(), "fieldIndent", "", 0, 1, JsonLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJsonLayout_FieldSeparator(), ecorePackage.getEString(), "fieldSeparator", ", ", 0, 1, JsonLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJsonLayout_CloseIndent(), ecorePackage.getEString(), "closeIndent", "", 0, 1, JsonLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJsonLayout_KeySeparator(), ecorePackage.getEString(), "keySeparator", ": ", 0, 1, JsonLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJsonLayout_EscapeNonAscii(), ecorePackage.getEBoolean(), "escapeNonAscii", null, 0, 1, JsonLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJsonLayout_EscapeSlash(), ecorePackage.getEBoolean(), "escapeSlash", null, 0, 1, JsonLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJsonLayout_UpperCaseHex(), ecorePackage.getEBoolean(), "upperCaseHex", null, 0, 1, JsonLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(datasetFormatEEnum, DatasetFormat.class, "DatasetFormat");
		addEEnumLiteral(datasetFormatEEnum, DatasetFormat.MEDICAL_O1);
		addEEnumLiteral(datasetFormatEEnum, DatasetFormat.TEXT);
		addEEnumLiteral(datasetFormatEEnum, DatasetFormat.ALPACA);
		addEEnumLiteral(datasetFormatEEnum, DatasetFormat.SHAREGPT);
		addEEnumLiteral(datasetFormatEEnum, DatasetFormat.OPENAI_MESSAGES);

		initEEnum(containerEEnum, io.medreason.dataset.model.Container.class, "Container");
		addEEnumLiteral(containerEEnum, io.medreason.dataset.model.Container.JSON_ARRAY);
		addEEnumLiteral(containerEEnum, io.medreason.dataset.model.Container.JSON_LINES);

		// Create resource
		createResource(eNS_URI);
	}

} //DatasetPackageImpl
