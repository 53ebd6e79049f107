/**
 */
package io.medreason.dataset.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Supervised fine-tuning data sets: a file of question / reasoning / response records, kept so that saving an unedited file writes the same bytes.
 * <!-- end-model-doc -->
 * @see io.medreason.dataset.model.DatasetFactory
 * @model kind="package"
 * @generated
 */
public interface DatasetPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://medreason.io/dataset/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "dataset";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DatasetPackage eINSTANCE = io.medreason.dataset.model.impl.DatasetPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.medreason.dataset.model.impl.DatasetImpl <em>Dataset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medreason.dataset.model.impl.DatasetImpl
	 * @see io.medreason.dataset.model.impl.DatasetPackageImpl#getDataset()
	 * @generated
	 */
	int DATASET = 0;

	/**
	 * The feature id for the '<em><b>Source File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__SOURCE_FILE = 0;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__FORMAT = 1;

	/**
	 * The feature id for the '<em><b>Container</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__CONTAINER = 2;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__LAYOUT = 3;

	/**
	 * The feature id for the '<em><b>Records</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__RECORDS = 4;

	/**
	 * The number of structural features of the '<em>Dataset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Dataset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.medreason.dataset.model.impl.RecordImpl <em>Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medreason.dataset.model.impl.RecordImpl
	 * @see io.medreason.dataset.model.impl.DatasetPackageImpl#getRecord()
	 * @generated
	 */
	int RECORD = 1;

	/**
	 * The feature id for the '<em><b>Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__QUESTION = 0;

	/**
	 * The feature id for the '<em><b>Input</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__INPUT = 1;

	/**
	 * The feature id for the '<em><b>Reasoning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__REASONING = 2;

	/**
	 * The feature id for the '<em><b>Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__RESPONSE = 3;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__TEXT = 4;

	/**
	 * The feature id for the '<em><b>Original Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__ORIGINAL_INDEX = 5;

	/**
	 * The feature id for the '<em><b>Fields</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD__FIELDS = 6;

	/**
	 * The number of structural features of the '<em>Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.medreason.dataset.model.impl.FieldImpl <em>Field</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medreason.dataset.model.impl.FieldImpl
	 * @see io.medreason.dataset.model.impl.DatasetPackageImpl#getField()
	 * @generated
	 */
	int FIELD = 2;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD__KEY = 0;

	/**
	 * The feature id for the '<em><b>Json</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD__JSON = 1;

	/**
	 * The number of structural features of the '<em>Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.medreason.dataset.model.impl.JsonLayoutImpl <em>Json Layout</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medreason.dataset.model.impl.JsonLayoutImpl
	 * @see io.medreason.dataset.model.impl.DatasetPackageImpl#getJsonLayout()
	 * @generated
	 */
	int JSON_LAYOUT = 3;

	/**
	 * The feature id for the '<em><b>Byte Order Mark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LAYOUT__BYTE_ORDER_MARK = 0;

	/**
	 * The feature id for the '<em><b>Head</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LAYOUT__HEAD = 1;

	/**
	 * The feature id for the '<em><b>Record Separator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LAYOUT__RECORD_SEPARATOR = 2;

	/**
	 * The feature id for the '<em><b>Tail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LAYOUT__TAIL = 3;

	/**
	 * The feature id for the '<em><b>Field Indent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LAYOUT__FIELD_INDENT = 4;

	/**
	 * The feature id for the '<em><b>Field Separator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LAYOUT__FIELD_SEPARATOR = 5;

	/**
	 * The feature id for the '<em><b>Close Indent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LAYOUT__CLOSE_INDENT = 6;

	/**
	 * The feature id for the '<em><b>Key Separator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LAYOUT__KEY_SEPARATOR = 7;

	/**
	 * The feature id for the '<em><b>Escape Non Ascii</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LAYOUT__ESCAPE_NON_ASCII = 8;

	/**
	 * The feature id for the '<em><b>Escape Slash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LAYOUT__ESCAPE_SLASH = 9;

	/**
	 * The feature id for the '<em><b>Upper Case Hex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LAYOUT__UPPER_CASE_HEX = 10;

	/**
	 * The number of structural features of the '<em>Json Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LAYOUT_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Json Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LAYOUT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.medreason.dataset.model.DatasetFormat <em>Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medreason.dataset.model.DatasetFormat
	 * @see io.medreason.dataset.model.impl.DatasetPackageImpl#getDatasetFormat()
	 * @generated
	 */
	int DATASET_FORMAT = 4;

	/**
	 * The meta object id for the '{@link io.medreason.dataset.model.Container <em>Container</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.medreason.dataset.model.Container
	 * @see io.medreason.dataset.model.impl.DatasetPackageImpl#getContainer()
	 * @generated
	 */
	int CONTAINER = 5;


	/**
	 * Returns the meta object for class '{@link io.medreason.dataset.model.Dataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dataset</em>'.
	 * @see io.medreason.dataset.model.Dataset
	 * @generated
	 */
	EClass getDataset();

	/**
	 * Returns the meta object for the attribute '{@link io.medreason.dataset.model.Dataset#getSourceFile <em>Source File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source File</em>'.
	 * @see io.medreason.dataset.model.Dataset#getSourceFile()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_SourceFile();

	/**
	 * Returns the meta object for the attribute '{@link io.medreason.dataset.model.Dataset#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see io.medreason.dataset.model.Dataset#getFormat()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_Format();

	/**
	 * Returns the meta object for the attribute '{@link io.medreason.dataset.model.Dataset#getContainer <em>Container</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Container</em>'.
	 * @see io.medreason.dataset.model.Dataset#getContainer()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_Container();

	/**
	 * Returns the meta object for the containment reference '{@link io.medreason.dataset.model.Dataset#getLayout <em>Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Layout</em>'.
	 * @see io.medreason.dataset.model.Dataset#getLayout()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_Layout();

	/**
	 * Returns the meta object for the containment reference list '{@link io.medreason.dataset.model.Dataset#getRecords <em>Records</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Records</em>'.
	 * @see io.medreason.dataset.model.Dataset#getRecords()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_Records();

	/**
	 * Returns the meta object for class '{@link io.medreason.dataset.model.Record <em>Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Record</em>'.
	 * @see io.medreason.dataset.model.Record
	 * @generated
	 */
	EClass getRecord();

	/**
	 * Returns the meta object for the attribute '{@link io.medreason.dataset.model.Record#getQuestion <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Question</em>'.
	 * @see io.medreason.dataset.model.Record#getQuestion()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_Question();

	/**
	 * Returns the meta object for the attribute '{@link io.medreason.dataset.model.Record#getInput <em>Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input</em>'.
	 * @see io.medreason.dataset.model.Record#getInput()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_Input();

	/**
	 * Returns the meta object for the attribute '{@link io.medreason.dataset.model.Record#getReasoning <em>Reasoning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reasoning</em>'.
	 * @see io.medreason.dataset.model.Record#getReasoning()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_Reasoning();

	/**
	 * Returns the meta object for the attribute '{@link io.medreason.dataset.model.Record#getResponse <em>Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Response</em>'.
	 * @see io.medreason.dataset.model.Record#getResponse()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_Response();

	/**
	 * Returns the meta object for the attribute '{@link io.medreason.dataset.model.Record#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see io.medreason.dataset.model.Record#getText()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_Text();

	/**
	 * Returns the meta object for the attribute '{@link io.medreason.dataset.model.Record#getOriginalIndex <em>Original Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Original Index</em>'.
	 * @see io.medreason.dataset.model.Record#getOriginalIndex()
	 * @see #getRecord()
	 * @generated
	 */
	EAttribute getRecord_OriginalIndex();

	/**
	 * Returns the meta object for the containment reference list '{@link io.medreason.dataset.model.Record#getFields <em>Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fields</em>'.
	 * @see io.medreason.dataset.model.Record#getFields()
	 * @see #getRecord()
	 * @generated
	 */
	EReference getRecord_Fields();

	/**
	 * Returns the meta object for class '{@link io.medreason.dataset.model.Field <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Field</em>'.
	 * @see io.medreason.dataset.model.Field
	 * @generated
	 */
	EClass getField();

	/**
	 * Returns the meta object for the attribute '{@link io.medreason.dataset.model.Field#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see io.medreason.dataset.model.Field#getKey()
	 * @see #getField()
	 * @generated
	 */
	EAttribute getField_Key();

	/**
	 * Returns the meta object for the attribute '{@link io.medreason.dataset.model.Field#getJson <em>Json</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Json</em>'.
	 * @see io.medreason.dataset.model.Field#getJson()
	 * @see #getField()
	 * @generated
	 */
	EAttribute getField_Json();

	/**
	 * Returns the meta object for class '{@link io.medreason.dataset.model.JsonLayout <em>Json Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Json Layout</em>'.
	 * @see io.medreason.dataset.model.JsonLayout
	 * @generated
	 */
	EClass getJsonLayout();

	/**
	 * Returns the meta object for the attribute '{@link io.medreason.dataset.model.JsonLayout#isByteOrderMark <em>Byte Order Mark</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Byte Order Mark</em>'.
	 * @see io.medreason.dataset.model.JsonLayout#isByteOrderMark()
	 * @see #getJsonLayout()
	 * @generated
	 */
	EAttribute getJsonLayout_ByteOrderMark();

	/**
	 * Returns the meta object for the attribute '{@link io.medreason.dataset.model.JsonLayout#getHead <em>Head</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Head</em>'.
	 * @see io.medreason.dataset.model.JsonLayout#getHead()
	 * @see #getJsonLayout()
	 * @generated
	 */
	EAttribute getJsonLayout_Head();

	/**
	 * Returns the meta object for the attribute '{@link io.medreason.dataset.model.JsonLayout#getRecordSeparator <em>Record Separator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Record Separator</em>'.
	 * @see io.medreason.dataset.model.JsonLayout#getRecordSeparator()
	 * @see #getJsonLayout()
	 * @generated
	 */
	EAttribute getJsonLayout_RecordSeparator();

	/**
	 * Returns the meta object for the attribute '{@link io.medreason.dataset.model.JsonLayout#getTail <em>Tail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tail</em>'.
	 * @see io.medreason.dataset.model.JsonLayout#getTail()
	 * @see #getJsonLayout()
	 * @generated
	 */
	EAttribute getJsonLayout_Tail();

	/**
	 * Returns the meta object for the attribute '{@link io.medreason.dataset.model.JsonLayout#getFieldIndent <em>Field Indent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field Indent</em>'.
	 * @see io.medreason.dataset.model.JsonLayout#getFieldIndent()
	 * @see #getJsonLayout()
	 * @generated
	 */
	EAttribute getJsonLayout_FieldIndent();

	/**
	 * Returns the meta object for the attribute '{@link io.medreason.dataset.model.JsonLayout#getFieldSeparator <em>Field Separator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field Separator</em>'.
	 * @see io.medreason.dataset.model.JsonLayout#getFieldSeparator()
	 * @see #getJsonLayout()
	 * @generated
	 */
	EAttribute getJsonLayout_FieldSeparator();

	/**
	 * Returns the meta object for the attribute '{@link io.medreason.dataset.model.JsonLayout#getCloseIndent <em>Close Indent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Close Indent</em>'.
	 * @see io.medreason.dataset.model.JsonLayout#getCloseIndent()
	 * @see #getJsonLayout()
	 * @generated
	 */
	EAttribute getJsonLayout_CloseIndent();

	/**
	 * Returns the meta object for the attribute '{@link io.medreason.dataset.model.JsonLayout#getKeySeparator <em>Key Separator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key Separator</em>'.
	 * @see io.medreason.dataset.model.JsonLayout#getKeySeparator()
	 * @see #getJsonLayout()
	 * @generated
	 */
	EAttribute getJsonLayout_KeySeparator();

	/**
	 * Returns the meta object for the attribute '{@link io.medreason.dataset.model.JsonLayout#isEscapeNonAscii <em>Escape Non Ascii</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Escape Non Ascii</em>'.
	 * @see io.medreason.dataset.model.JsonLayout#isEscapeNonAscii()
	 * @see #getJsonLayout()
	 * @generated
	 */
	EAttribute getJsonLayout_EscapeNonAscii();

	/**
	 * Returns the meta object for the attribute '{@link io.medreason.dataset.model.JsonLayout#isEscapeSlash <em>Escape Slash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Escape Slash</em>'.
	 * @see io.medreason.dataset.model.JsonLayout#isEscapeSlash()
	 * @see #getJsonLayout()
	 * @generated
	 */
	EAttribute getJsonLayout_EscapeSlash();

	/**
	 * Returns the meta object for the attribute '{@link io.medreason.dataset.model.JsonLayout#isUpperCaseHex <em>Upper Case Hex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Upper Case Hex</em>'.
	 * @see io.medreason.dataset.model.JsonLayout#isUpperCaseHex()
	 * @see #getJsonLayout()
	 * @generated
	 */
	EAttribute getJsonLayout_UpperCaseHex();

	/**
	 * Returns the meta object for enum '{@link io.medreason.dataset.model.DatasetFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Format</em>'.
	 * @see io.medreason.dataset.model.DatasetFormat
	 * @generated
	 */
	EEnum getDatasetFormat();

	/**
	 * Returns the meta object for enum '{@link io.medreason.dataset.model.Container <em>Container</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Container</em>'.
	 * @see io.medreason.dataset.model.Container
	 * @generated
	 */
	EEnum getContainer();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DatasetFactory getDatasetFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.medreason.dataset.model.impl.DatasetImpl <em>Dataset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medreason.dataset.model.impl.DatasetImpl
		 * @see io.medreason.dataset.model.impl.DatasetPackageImpl#getDataset()
		 * @generated
		 */
		EClass DATASET = eINSTANCE.getDataset();

		/**
		 * The meta object literal for the '<em><b>Source File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__SOURCE_FILE = eINSTANCE.getDataset_SourceFile();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__FORMAT = eINSTANCE.getDataset_Format();

		/**
		 * The meta object literal for the '<em><b>Container</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__CONTAINER = eINSTANCE.getDataset_Container();

		/**
		 * The meta object literal for the '<em><b>Layout</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__LAYOUT = eINSTANCE.getDataset_Layout();

		/**
		 * The meta object literal for the '<em><b>Records</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__RECORDS = eINSTANCE.getDataset_Records();

		/**
		 * The meta object literal for the '{@link io.medreason.dataset.model.impl.RecordImpl <em>Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medreason.dataset.model.impl.RecordImpl
		 * @see io.medreason.dataset.model.impl.DatasetPackageImpl#getRecord()
		 * @generated
		 */
		EClass RECORD = eINSTANCE.getRecord();

		/**
		 * The meta object literal for the '<em><b>Question</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__QUESTION = eINSTANCE.getRecord_Question();

		/**
		 * The meta object literal for the '<em><b>Input</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__INPUT = eINSTANCE.getRecord_Input();

		/**
		 * The meta object literal for the '<em><b>Reasoning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__REASONING = eINSTANCE.getRecord_Reasoning();

		/**
		 * The meta object literal for the '<em><b>Response</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__RESPONSE = eINSTANCE.getRecord_Response();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__TEXT = eINSTANCE.getRecord_Text();

		/**
		 * The meta object literal for the '<em><b>Original Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD__ORIGINAL_INDEX = eINSTANCE.getRecord_OriginalIndex();

		/**
		 * The meta object literal for the '<em><b>Fields</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECORD__FIELDS = eINSTANCE.getRecord_Fields();

		/**
		 * The meta object literal for the '{@link io.medreason.dataset.model.impl.FieldImpl <em>Field</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medreason.dataset.model.impl.FieldImpl
		 * @see io.medreason.dataset.model.impl.DatasetPackageImpl#getField()
		 * @generated
		 */
		EClass FIELD = eINSTANCE.getField();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD__KEY = eINSTANCE.getField_Key();

		/**
		 * The meta object literal for the '<em><b>Json</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD__JSON = eINSTANCE.getField_Json();

		/**
		 * The meta object literal for the '{@link io.medreason.dataset.model.impl.JsonLayoutImpl <em>Json Layout</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medreason.dataset.model.impl.JsonLayoutImpl
		 * @see io.medreason.dataset.model.impl.DatasetPackageImpl#getJsonLayout()
		 * @generated
		 */
		EClass JSON_LAYOUT = eINSTANCE.getJsonLayout();

		/**
		 * The meta object literal for the '<em><b>Byte Order Mark</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_LAYOUT__BYTE_ORDER_MARK = eINSTANCE.getJsonLayout_ByteOrderMark();

		/**
		 * The meta object literal for the '<em><b>Head</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_LAYOUT__HEAD = eINSTANCE.getJsonLayout_Head();

		/**
		 * The meta object literal for the '<em><b>Record Separator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_LAYOUT__RECORD_SEPARATOR = eINSTANCE.getJsonLayout_RecordSeparator();

		/**
		 * The meta object literal for the '<em><b>Tail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_LAYOUT__TAIL = eINSTANCE.getJsonLayout_Tail();

		/**
		 * The meta object literal for the '<em><b>Field Indent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_LAYOUT__FIELD_INDENT = eINSTANCE.getJsonLayout_FieldIndent();

		/**
		 * The meta object literal for the '<em><b>Field Separator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_LAYOUT__FIELD_SEPARATOR = eINSTANCE.getJsonLayout_FieldSeparator();

		/**
		 * The meta object literal for the '<em><b>Close Indent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_LAYOUT__CLOSE_INDENT = eINSTANCE.getJsonLayout_CloseIndent();

		/**
		 * The meta object literal for the '<em><b>Key Separator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_LAYOUT__KEY_SEPARATOR = eINSTANCE.getJsonLayout_KeySeparator();

		/**
		 * The meta object literal for the '<em><b>Escape Non Ascii</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_LAYOUT__ESCAPE_NON_ASCII = eINSTANCE.getJsonLayout_EscapeNonAscii();

		/**
		 * The meta object literal for the '<em><b>Escape Slash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_LAYOUT__ESCAPE_SLASH = eINSTANCE.getJsonLayout_EscapeSlash();

		/**
		 * The meta object literal for the '<em><b>Upper Case Hex</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JSON_LAYOUT__UPPER_CASE_HEX = eINSTANCE.getJsonLayout_UpperCaseHex();

		/**
		 * The meta object literal for the '{@link io.medreason.dataset.model.DatasetFormat <em>Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medreason.dataset.model.DatasetFormat
		 * @see io.medreason.dataset.model.impl.DatasetPackageImpl#getDatasetFormat()
		 * @generated
		 */
		EEnum DATASET_FORMAT = eINSTANCE.getDatasetFormat();

		/**
		 * The meta object literal for the '{@link io.medreason.dataset.model.Container <em>Container</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.medreason.dataset.model.Container
		 * @see io.medreason.dataset.model.impl.DatasetPackageImpl#getContainer()
		 * @generated
		 */
		EEnum CONTAINER = eINSTANCE.getContainer();

	}

} //DatasetPackage
